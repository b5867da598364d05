# ruff: noqa: E501  (data tables: one entry per line reads better than wrapped lines)
"""Hand-written actor lists that ``build_actor_data.py`` merges with pycountry's ISO 3166 names.

Everything here is the project's own compilation of common knowledge (country short forms,
demonyms, capitals and seats of power, well-known organisations, PLOVER sector cue words and
office titles); it is released with the project under its licence. Edit these lists, then run
``python scripts/build_actor_data.py`` to regenerate ``src/wirecoder/data/actors.json``.
"""

from __future__ import annotations

# One line per country: CODE | extra names and short forms | adjectives and demonyms | capitals
# and seats of power used as metonyms (coded as that country's government). Fields are split on
# ";". ISO names from pycountry are added by the build script; list here only what it lacks.
COUNTRY_LINES = """
BES | Bonaire; Caribbean Netherlands | |
SHN | Saint Helena; St Helena | |
AFG | | Afghan; Afghans; Afghani | Kabul
ALB | | Albanian; Albanians | Tirana
DZA | | Algerian; Algerians | Algiers
AND | | Andorran | Andorra la Vella
AGO | | Angolan; Angolans | Luanda
ATG | Antigua | Antiguan | St. John's
ARG | | Argentine; Argentinian; Argentines; Argentinians | Buenos Aires; Casa Rosada
ARM | | Armenian; Armenians | Yerevan
AUS | | Australian; Australians | Canberra
AUT | | Austrian; Austrians | Vienna
AZE | | Azerbaijani; Azeri; Azerbaijanis; Azeris | Baku
BHS | Bahamas; the Bahamas | Bahamian; Bahamians | Nassau
BHR | | Bahraini; Bahrainis | Manama
BGD | | Bangladeshi; Bangladeshis | Dhaka
BRB | | Barbadian; Barbadians | Bridgetown
BLR | Byelorussia | Belarusian; Belarussian; Belarusians; Byelorussian | Minsk
BEL | | Belgian; Belgians |
BLZ | | Belizean | Belmopan
BEN | | Beninese | Porto-Novo; Cotonou
BTN | | Bhutanese | Thimphu
BOL | | Bolivian; Bolivians | La Paz; Sucre
BIH | Bosnia; Bosnia-Herzegovina; Bosnia-Hercegovina | Bosnian; Bosnians | Sarajevo
BWA | | Botswanan; Motswana; Batswana | Gaborone
BRA | | Brazilian; Brazilians | Brasilia; Brasília; Planalto
BRN | Brunei | Bruneian | Bandar Seri Begawan
BGR | | Bulgarian; Bulgarians | Sofia
BFA | | Burkinabe; Burkinabè | Ouagadougou
BDI | | Burundian; Burundians | Gitega; Bujumbura
CPV | Cape Verde | Cape Verdean; Cabo Verdean | Praia
KHM | Kampuchea | Cambodian; Cambodians; Kampuchean; Khmer | Phnom Penh
CMR | | Cameroonian; Cameroonians | Yaounde; Yaoundé
CAN | | Canadian; Canadians | Ottawa
CAF | | Central African | Bangui
TCD | | Chadian; Chadians | N'Djamena; Ndjamena
CHL | | Chilean; Chileans | Santiago
CHN | PRC; People's Republic of China; mainland China | Chinese | Beijing; Peking; Zhongnanhai
COL | | Colombian; Colombians | Bogota; Bogotá
COM | Comoros | Comoran; Comorian | Moroni
COG | Republic of the Congo; Republic of Congo; Congo-Brazzaville | | Brazzaville
COD | Congo; DR Congo; DRC; D.R. Congo; Democratic Republic of Congo; Democratic Republic of the Congo; Congo-Kinshasa; Zaire | Congolese | Kinshasa
CRI | | Costa Rican; Costa Ricans | San Jose; San José
CIV | Ivory Coast; the Ivory Coast; Cote d'Ivoire; Côte d'Ivoire | Ivorian; Ivorians | Yamoussoukro; Abidjan
HRV | | Croatian; Croatians; Croat; Croats | Zagreb
CUB | | Cuban; Cubans | Havana
CYP | | Cypriot; Cypriots | Nicosia
CZE | Czech Republic; Czechia | Czech; Czechs | Prague
DNK | | Danish; Danes; Dane | Copenhagen
DJI | | Djiboutian | Djibouti City
DMA | | | Roseau
DOM | | Dominican; Dominicans | Santo Domingo
ECU | | Ecuadorian; Ecuadoran; Ecuadorians | Quito
EGY | | Egyptian; Egyptians | Cairo
SLV | | Salvadoran; Salvadorans; Salvadorean | San Salvador
GNQ | | Equatorial Guinean; Equatoguinean | Malabo
ERI | | Eritrean; Eritreans | Asmara
EST | | Estonian; Estonians | Tallinn
SWZ | Swaziland; Eswatini | Swazi; Swazis | Mbabane
ETH | | Ethiopian; Ethiopians | Addis Ababa
FJI | | Fijian; Fijians | Suva
FIN | | Finnish; Finns; Finn | Helsinki
FRA | | French; Frenchman | Paris; Elysee; Élysée; Elysee Palace; Élysée Palace; Quai d'Orsay
GAB | | Gabonese | Libreville
GMB | Gambia; the Gambia | Gambian; Gambians | Banjul
GEO | | Georgian; Georgians | Tbilisi
DEU | | German; Germans | Berlin; Chancellery
GHA | | Ghanaian; Ghanaians | Accra
GRC | | Greek; Greeks; Hellenic | Athens
GRD | | Grenadian | St. George's
GTM | | Guatemalan; Guatemalans | Guatemala City
GIN | | Guinean; Guineans | Conakry
GNB | | Bissau-Guinean | Bissau
GUY | | Guyanese | Georgetown
HTI | | Haitian; Haitians | Port-au-Prince
VAT | Vatican; Vatican City; the Vatican; Holy See; the Holy See | |
HND | | Honduran; Hondurans | Tegucigalpa
HUN | | Hungarian; Hungarians | Budapest
ISL | | Icelandic; Icelanders | Reykjavik; Reykjavík
IND | | Indian; Indians | New Delhi
IDN | | Indonesian; Indonesians | Jakarta
IRN | Persia | Iranian; Iranians | Tehran; Teheran
IRQ | | Iraqi; Iraqis | Baghdad
IRL | Irish Republic; Eire | Irish | Dublin
ISR | | Israeli; Israelis | Jerusalem
ITA | | Italian; Italians | Rome; Palazzo Chigi
JAM | | Jamaican; Jamaicans | Kingston
JPN | | Japanese | Tokyo
JOR | | Jordanian; Jordanians | Amman
KAZ | | Kazakh; Kazakhstani; Kazakhs | Astana; Nur-Sultan
KEN | | Kenyan; Kenyans | Nairobi
KIR | | I-Kiribati | Tarawa
PRK | DPRK; N. Korea | North Korean; North Koreans | Pyongyang
KOR | ROK; S. Korea | South Korean; South Koreans | Seoul
XKX | Kosovo; Republic of Kosovo | Kosovar; Kosovars; Kosovan | Pristina; Prishtina
KWT | | Kuwaiti; Kuwaitis | Kuwait City
KGZ | Kirghizia; Kirgizia | Kyrgyz; Kyrgyzstani; Kirghiz | Bishkek
LAO | Laos | Lao; Laotian; Laotians | Vientiane
LVA | | Latvian; Latvians | Riga
LBN | | Lebanese | Beirut
LSO | | Basotho; Mosotho | Maseru
LBR | | Liberian; Liberians | Monrovia
LBY | | Libyan; Libyans | Tripoli
LIE | | Liechtensteiner | Vaduz
LTU | | Lithuanian; Lithuanians | Vilnius
LUX | | Luxembourgish; Luxembourger; Luxembourgers |
MDG | | Malagasy | Antananarivo
MWI | | Malawian; Malawians | Lilongwe
MYS | | Malaysian; Malaysians | Kuala Lumpur; Putrajaya
MDV | Maldives; the Maldives | Maldivian; Maldivians | Male
MLI | | Malian; Malians | Bamako
MLT | | Maltese | Valletta
MHL | Marshall Islands | Marshallese | Majuro
MRT | | Mauritanian; Mauritanians | Nouakchott
MUS | | Mauritian; Mauritians | Port Louis
MEX | | Mexican; Mexicans | Mexico City; Los Pinos
FSM | Micronesia | Micronesian | Palikir
MDA | Moldavia | Moldovan; Moldovans | Chisinau; Chișinău
MCO | | Monegasque |
MNG | | Mongolian; Mongolians | Ulaanbaatar; Ulan Bator
MNE | | Montenegrin; Montenegrins | Podgorica
MAR | | Moroccan; Moroccans | Rabat
MOZ | | Mozambican; Mozambicans | Maputo
MMR | Burma | Burmese; Myanmarese | Naypyidaw; Nay Pyi Taw; Rangoon; Yangon
NAM | | Namibian; Namibians | Windhoek
NRU | | Nauruan | Yaren
NPL | | Nepali; Nepalese | Kathmandu
NLD | Holland; the Netherlands | Dutch; Dutchman | Amsterdam; The Hague
NZL | | New Zealander; New Zealanders; Kiwi | Wellington
NIC | | Nicaraguan; Nicaraguans | Managua
NER | | Nigerien; Nigeriens | Niamey
NGA | | Nigerian; Nigerians | Abuja
MKD | Macedonia; North Macedonia; FYROM | Macedonian; Macedonians | Skopje
NOR | | Norwegian; Norwegians | Oslo
OMN | | Omani; Omanis | Muscat
PAK | | Pakistani; Pakistanis | Islamabad
PLW | | Palauan | Ngerulmud
PSE | Palestine; Palestinian territories; Palestinian Territories; Occupied Palestinian Territories; Gaza; Gaza Strip; the Gaza Strip; West Bank; the West Bank | Palestinian; Palestinians | Ramallah
PAN | | Panamanian; Panamanians | Panama City
PNG | PNG | Papua New Guinean | Port Moresby
PRY | | Paraguayan; Paraguayans | Asuncion; Asunción
PER | | Peruvian; Peruvians | Lima
PHL | the Philippines; Philippines | Filipino; Filipinos; Philippine | Manila
POL | | Polish; Poles; Pole | Warsaw
PRT | | Portuguese | Lisbon
QAT | | Qatari; Qataris | Doha
ROU | Rumania | Romanian; Romanians | Bucharest
RUS | Russia; Russian Federation; Soviet Union; USSR | Russian; Russians; Soviet | Moscow; Kremlin; the Kremlin
RWA | | Rwandan; Rwandans | Kigali
KNA | St Kitts and Nevis; St. Kitts and Nevis | Kittitian | Basseterre
LCA | St Lucia; St. Lucia | Saint Lucian | Castries
VCT | St Vincent and the Grenadines; St. Vincent | Vincentian | Kingstown
WSM | | Samoan; Samoans | Apia
SMR | | Sammarinese |
STP | Sao Tome; São Tomé | Santomean |
SAU | | Saudi; Saudis; Saudi Arabian | Riyadh
SEN | | Senegalese | Dakar
SRB | | Serbian; Serbians; Serb; Serbs | Belgrade
SYC | Seychelles | Seychellois | Victoria
SLE | | Sierra Leonean; Sierra Leoneans | Freetown
SGP | | Singaporean; Singaporeans |
SVK | | Slovak; Slovaks; Slovakian | Bratislava
SVN | | Slovenian; Slovene; Slovenians; Slovenes | Ljubljana
SLB | Solomon Islands | Solomon Islander | Honiara
SOM | | Somali; Somalis; Somalian | Mogadishu
ZAF | | South African; South Africans | Pretoria; Cape Town
SSD | | South Sudanese | Juba
ESP | | Spanish; Spaniards; Spaniard | Madrid; Moncloa
LKA | Ceylon | Sri Lankan; Sri Lankans | Colombo
SDN | | Sudanese | Khartoum
SUR | | Surinamese | Paramaribo
SWE | | Swedish; Swedes; Swede | Stockholm
CHE | | Swiss | Bern; Berne
SYR | | Syrian; Syrians | Damascus
TWN | Republic of China; Formosa; Chinese Taipei | Taiwanese | Taipei
TJK | | Tajik; Tajikistani; Tajiks | Dushanbe
TZA | | Tanzanian; Tanzanians | Dodoma; Dar es Salaam
THA | Siam | Thai | Bangkok
TLS | East Timor; Timor Leste | Timorese; East Timorese | Dili
TGO | | Togolese | Lome; Lomé
TON | | Tongan | Nuku'alofa
TTO | Trinidad; Trinidad & Tobago | Trinidadian; Trinidadians; Tobagonian | Port of Spain
TUN | | Tunisian; Tunisians | Tunis
TUR | Turkey; Turkiye; Türkiye | Turkish; Turks | Ankara
TKM | | Turkmen; Turkmens | Ashgabat
TUV | | Tuvaluan | Funafuti
UGA | | Ugandan; Ugandans | Kampala
UKR | the Ukraine | Ukrainian; Ukrainians | Kyiv; Kiev
ARE | UAE; U.A.E.; United Arab Emirates; the Emirates; Emirates | Emirati; Emiratis | Abu Dhabi
GBR | Britain; Great Britain; UK; U.K.; United Kingdom; the United Kingdom; England; Scotland; Wales; Northern Ireland | British; Britons; English; Scottish; Welsh | London; Downing Street; Whitehall; Westminster
USA | United States; the United States; US; U.S.; USA; U.S.A.; America; United States of America | American; Americans | Washington; White House; the White House; State Department; Foggy Bottom
URY | | Uruguayan; Uruguayans | Montevideo
UZB | | Uzbek; Uzbekistani; Uzbeks | Tashkent
VUT | | Ni-Vanuatu | Port Vila
VEN | | Venezuelan; Venezuelans | Caracas; Miraflores
VNM | Viet Nam | Vietnamese | Hanoi
YEM | | Yemeni; Yemenis | Sanaa; Sana'a
ZMB | | Zambian; Zambians | Lusaka
ZWE | Rhodesia | Zimbabwean; Zimbabweans | Harare
"""

# Names that must not be indexed (ambiguous short forms pycountry yields, or wrong in news use).
DROP_NAMES = {"Georgia, State of", "Congo", "Dominica Republic"}

# Organisations and named institutions: names | code | org (canonical short name) | sector.
# code is ISO alpha-3 for national institutions, or a PLOVER non-state code (IGO UNO EUR NGO ISM
# IMG MNC). Sector may be empty.
ENTITY_LINES = """
NATO; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Atlantic alliance; Atlantic Alliance | IGO | NATO |
African Union; AU | IGO | African Union |
Association of Southeast Asian Nations; ASEAN | IGO | ASEAN |
Organization of the Petroleum Exporting Countries; OPEC | IGO | OPEC |
OPEC+ | IGO | OPEC+ |
Arab League; League of Arab States | IGO | Arab League |
Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; OSCE | IGO | OSCE |
Organization of American States; OAS | IGO | OAS |
Economic Community of West African States; ECOWAS | IGO | ECOWAS |
Southern African Development Community; SADC | IGO | SADC |
Intergovernmental Authority on Development; IGAD | IGO | IGAD |
East African Community | IGO | East African Community |
Gulf Cooperation Council; GCC; Gulf Co-operation Council | IGO | GCC |
Shanghai Cooperation Organisation; Shanghai Cooperation Organization; SCO | IGO | SCO |
Organisation of Islamic Cooperation; Organization of Islamic Cooperation; Organization of the Islamic Conference; OIC | IGO | OIC |
Commonwealth of Independent States; CIS | IGO | CIS |
Collective Security Treaty Organization; CSTO | IGO | CSTO |
Council of Europe | IGO | Council of Europe |
Commonwealth of Nations | IGO | Commonwealth |
Group of Seven; G7; G-7 | IGO | G7 |
Group of 20; Group of Twenty; G20; G-20 | IGO | G20 |
BRICS | IGO | BRICS |
International Monetary Fund; IMF | IGO | IMF |
World Bank | IGO | World Bank |
World Trade Organization; World Trade Organisation; WTO | IGO | WTO |
Interpol | IGO | Interpol | COP
International Criminal Court; ICC | IGO | ICC | JUD
Mercosur | IGO | Mercosur |
Asian Development Bank | IGO | Asian Development Bank |
Ukraine Defense Contact Group | IGO | Ukraine Defense Contact Group |
European Union; EU; E.U.; European Commission; European Council; Council of the European Union; Brussels | EUR | European Union |
European Parliament | EUR | European Parliament | LEG
European Court of Justice | EUR | European Court of Justice | JUD
European Community; European Economic Community; EEC; common market | EUR | European Community |
European Central Bank; ECB | EUR | European Central Bank |
United Nations; UN; U.N.; the UN; the U.N.; United Nations Organization | UNO | United Nations |
Security Council; UN Security Council; U.N. Security Council; United Nations Security Council | UNO | UN Security Council |
General Assembly; UN General Assembly; U.N. General Assembly | UNO | UN General Assembly |
UN Secretariat | UNO | United Nations |
UNHCR; UN refugee agency; U.N. refugee agency; United Nations High Commissioner for Refugees | UNO | UNHCR |
UNICEF; United Nations Children's Fund | UNO | UNICEF |
World Food Programme; World Food Program; WFP | UNO | WFP |
World Health Organization; World Health Organisation; WHO | UNO | WHO | MED
International Atomic Energy Agency; IAEA | UNO | IAEA |
UNESCO | UNO | UNESCO |
UNRWA | UNO | UNRWA |
OCHA | UNO | OCHA |
UNDP | UNO | UNDP |
UNIFIL | UNO | UNIFIL | MIL
MONUSCO | UNO | MONUSCO | MIL
UN peacekeepers; U.N. peacekeepers; UN peacekeeping force | UNO | United Nations | MIL
International Court of Justice; ICJ; World Court | UNO | ICJ | JUD
UN Human Rights Council; Human Rights Council | UNO | UN Human Rights Council |
International Labour Organization; International Labor Organization; International Labor Office; ILO | UNO | ILO |
International Committee of the Red Cross; ICRC; Red Cross; Red Crescent | NGO | ICRC |
Amnesty International | NGO | Amnesty International |
Human Rights Watch; HRW | NGO | Human Rights Watch |
Doctors Without Borders; Medecins Sans Frontieres; Médecins Sans Frontières; MSF | NGO | MSF | MED
Oxfam | NGO | Oxfam |
Greenpeace | NGO | Greenpeace |
Save the Children | NGO | Save the Children |
Reporters Without Borders | NGO | Reporters Without Borders | JRN
Committee to Protect Journalists; CPJ | NGO | CPJ | JRN
Transparency International | NGO | Transparency International |
al-Qaeda; al-Qaida; al Qaeda; Al Qaeda; al-Qa'ida | IMG | al-Qaeda | REB
Islamic State; ISIS; ISIL; Daesh; Islamic State group | IMG | Islamic State | REB
Wagner Group; Wagner | RUS | Wagner Group | UAF
Kremlin; the Kremlin | RUS | Kremlin | GOV
Duma; State Duma | RUS | State Duma | LEG
Federation Council | RUS | Federation Council | LEG
FSB; Federal Security Service | RUS | FSB | SPY
KGB | RUS | KGB | SPY
GRU | RUS | GRU | SPY
White House; the White House | USA | White House | GOV
Pentagon; the Pentagon | USA | Pentagon | MIL
State Department; U.S. State Department; US State Department | USA | State Department | GOV
Congress; U.S. Congress; US Congress; Capitol Hill | USA | Congress | LEG
U.S. Senate; US Senate | USA | Senate | LEG
U.S. House of Representatives; US House of Representatives | USA | House of Representatives | LEG
U.S. Supreme Court; US Supreme Court | USA | Supreme Court | JUD
National Security Council | | | GOV
CIA; Central Intelligence Agency | USA | CIA | SPY
FBI; Federal Bureau of Investigation | USA | FBI | COP
National Security Agency; NSA | USA | NSA | SPY
Downing Street; Number 10; No. 10 | GBR | Downing Street | GOV
Foreign Office; Foreign, Commonwealth and Development Office | GBR | Foreign Office | GOV
House of Commons | GBR | House of Commons | LEG
House of Lords | GBR | House of Lords | LEG
MI6; Secret Intelligence Service | GBR | MI6 | SPY
MI5 | GBR | MI5 | SPY
Scotland Yard; Metropolitan Police | GBR | Metropolitan Police | COP
Bundestag | DEU | Bundestag | LEG
Bundeswehr | DEU | Bundeswehr | MIL
Elysee; Élysée; Elysee Palace; Élysée Palace | FRA | Elysee | GOV
Knesset | ISR | Knesset | LEG
Israel Defense Forces; Israeli Defense Forces; IDF | ISR | IDF | MIL
Mossad | ISR | Mossad | SPY
Shin Bet; Shin Bet Security Service; Shabak | ISR | Shin Bet | SPY
Hamas | PSE | Hamas | REB
Islamic Jihad; Palestinian Islamic Jihad | PSE | Islamic Jihad | REB
Fatah | PSE | Fatah | PTY
Palestinian Authority | PSE | Palestinian Authority | GOV
Palestine Liberation Organization; Palestine Liberation Organisation; PLO | PSE | PLO | GOV
Hezbollah; Hizbollah; Hizbullah | LBN | Hezbollah | REB
Houthis; Houthi rebels; Houthi | YEM | Houthis | REB
Boko Haram | NGA | Boko Haram | REB
al-Shabab; al-Shabaab; Al-Shabaab; al Shabaab | SOM | al-Shabaab | REB
Kurdistan Workers' Party; Kurdistan Workers Party; PKK | TUR | PKK | REB
Free Syrian Army | SYR | Free Syrian Army | REB
Syrian Democratic Forces; SDF | SYR | SDF | REB
Rapid Support Forces | SDN | Rapid Support Forces | PRM
People's Liberation Army; PLA | CHN | PLA | MIL
Chinese Communist Party; Communist Party of China; CCP; CPC | CHN | CCP | PTY
National People's Congress | CHN | National People's Congress | LEG
Revolutionary Guards; Revolutionary Guard; Islamic Revolutionary Guard Corps; IRGC | IRN | IRGC | MIL
Majlis | IRN | Majlis | LEG
SBU; Security Service of Ukraine | UKR | SBU | SPY
Verkhovna Rada; Rada | UKR | Verkhovna Rada | LEG
Bundesrat | DEU | Bundesrat | LEG
Lok Sabha | IND | Lok Sabha | LEG
Rajya Sabha | IND | Rajya Sabha | LEG
Congress Party; Indian National Congress | IND | Congress Party | PTY
Bharatiya Janata Party; BJP | IND | BJP | PTY
ANC; African National Congress | ZAF | ANC | PTY
ISI; Inter-Services Intelligence | PAK | ISI | SPY
Tatmadaw | MMR | Tatmadaw | MIL
FARC; Revolutionary Armed Forces of Colombia | COL | FARC | REB
ELN; National Liberation Army | COL | ELN | REB
UNITA; National Union for the Total Independence of Angola | AGO | UNITA | REB
M23 | COD | M23 | REB
Abkhazia | GEO | Abkhazia | PRE
South Ossetia | GEO | South Ossetia | PRE
Transnistria; Trans-Dniester | MDA | Transnistria | PRE
Nagorno-Karabakh; Nagorno Karabakh; Artsakh | AZE | Nagorno-Karabakh | PRE
Northern Cyprus; Turkish Republic of Northern Cyprus; TRNC | CYP | Northern Cyprus | PRE
Somaliland | SOM | Somaliland | PRE
Donetsk People's Republic; DPR | UKR | Donetsk People's Republic | PRE
Luhansk People's Republic; LPR | UKR | Luhansk People's Republic | PRE
"""

# PLOVER sector cue words (lower case; plural forms are matched through a simple plural rule).
SECTOR_WORDS = {
    "GOV": (
        "government; administration; cabinet; ministry; minister; ministers; authorities;"
        " authority; official; officials; regime; presidency; president; premier; governor;"
        " mayor; state; junta; diplomat; diplomats; envoy; ambassador; embassy; consulate;"
        " spokesman; spokeswoman; spokesperson; leadership; leader; leaders; delegation;"
        " counterpart; counterparts;"
        " negotiators; negotiator; department; agency; council; monarch; king; queen; emir;"
        " sultan; crown prince; prince; sheikh; chancellor; chancellery; foreign ministry;"
        " defense ministry; defence ministry; interior ministry;"
        " state media; state television; state news agency; official news agency; palace"
    ),
    "MIL": (
        "army; military; government forces; government troops; troops; troop; soldiers; soldier; armed forces; forces; navy; naval;"
        " air force; marines; marine; warplanes; warplane; warships; warship; jets; fighter jets;"
        " helicopters; gunships; tanks; artillery; servicemen; serviceman; paratroopers;"
        " commandos; special forces; battalion; brigade; division; regiment; infantry;"
        " defense forces; defence forces; national guard; coast guard; general; generals;"
        " colonel; commander; commanders; officers; peacekeepers; peacekeeping force;"
        " peacekeeping troops; destroyer; submarine; drones; bombers; militarymen; aircraft;"
        " gunboat; gunboats; armored vehicles"
    ),
    "COP": (
        "police; policemen; policeman; police officers; police officer; riot police;"
        " security forces; security force; gendarmes; gendarmerie; border guards;"
        " border police; customs officers; immigration officers; immigration inspectors;"
        " prison guards; guards; sheriff; law enforcement; constabulary; detectives"
    ),
    "JUD": (
        "court; courts; judge; judges; judiciary; tribunal; prosecutor; prosecutors;"
        " attorney general; attorney; lawyers; lawyer; magistrate; supreme court;"
        " constitutional court; high court; appeals court; justice ministry"
    ),
    "LEG": (
        "parliament; parliamentary; lawmakers; lawmaker; legislators; legislator;"
        " legislature; congress; congressman; congresswoman; senate; senator; senators;"
        " assembly; national assembly; deputies; mps; mp; member of parliament;"
        " members of parliament; parliamentarians; speaker"
    ),
    "PTY": (
        "party; parties; ruling party; opposition party; political party; communist party;"
        " party leader; party members; partisans"
    ),
    "OPP": ("opposition; opposition leader; opposition leaders; dissidents; dissident"),
    "REB": (
        "rebels; rebel; insurgents; insurgent; militants; militant; guerrillas; guerrilla;"
        " separatists; separatist; jihadists; jihadist; mujahideen; mujahedeen;"
        " rebel forces; rebel group; rebel groups; extremists; fighters; insurgency;"
        " terrorists; terrorist; terror group; terrorist group; armed group; armed groups;"
        " islamists; islamist"
    ),
    "PRM": (
        "paramilitary; paramilitaries; militia; militias; militiamen; militiaman;"
        " paramilitary group; paramilitary organization; self-defense forces;"
        " self defense forces; vigilantes"
    ),
    "UAF": (
        "gunmen; gunman; assailants; assailant; attackers; attacker; armed men; mercenaries;"
        " suicide bomber; suicide bombers; snipers; sniper; unidentified gunmen"
    ),
    "SPY": (
        "intelligence; intelligence service; intelligence services; intelligence agency;"
        " spy agency; spies; spy; secret service; secret police; central intelligence"
    ),
    "CVL": (
        "civilians; civilian; residents; resident; villagers; villager; people; citizens;"
        " citizen; locals; inhabitants; population; pedestrians; passengers; families;"
        " relatives; crowd; crowds; taxi drivers; drivers; indigenous leader; youths; youth;"
        " women; children; protesters; protester; protestors; demonstrators; demonstrator;"
        " marchers; mourners; shoppers; supporters; prisoners; prisoner; inmates; detainees;"
        " hostages; captives"
    ),
    "SOC": (
        "activists; activist; campaigners; civil society; human rights group;"
        " rights group; rights groups; advocacy group; movement"
    ),
    "LAB": (
        "workers; worker; union; unions; trade union; trade unions; labor union; labour union;"
        " strikers; employees; dockworkers; miners"
    ),
    "BUS": (
        "company; companies; firm; firms; corporation; business; businesses; businessman;"
        " businessmen; executives; executive; chief executive; ceo; chairman of the board;"
        " bank; banks; investors; traders; industry; manufacturer; conglomerate"
    ),
    "AGR": ("farmers; farmer; agricultural workers; peasants; herders; fishermen; growers"),
    "CRM": (
        "criminals; criminal; gang; gangs; gang members; cartel; cartels; drug cartel;"
        " smugglers; traffickers; drug traffickers; thieves; thief; pirates; robbers;"
        " kidnappers; mafia; syndicate; theft syndicate; car theft syndicate; hackers;"
        " cyber criminals; cybercriminals; wanted persons; white supremacists;"
        " gang confederations; organized crime"
    ),
    "EDU": (
        "university; universities; school; schools; professor; professors; academics;"
        " scholars; researchers; teachers; students; student; college"
    ),
    "JRN": (
        "journalists; journalist; reporters; reporter; newspaper; newspapers; media;"
        " news agency; broadcaster; editor; editors; correspondent; photographer; press"
    ),
    "MED": (
        "doctors; doctor; medics; medic; paramedic; paramedics; hospital; hospitals;"
        " health workers; health officials; ambulances; ambulance; nurses; health ministry"
    ),
    "REF": (
        "refugees; refugee; displaced; displaced people; displaced persons; asylum seekers;"
        " asylum-seekers; migrants; migrant; evacuees; internally displaced"
    ),
    "REL": (
        "church; clergy; cleric; clerics; priest; priests; imam; imams; bishop; archbishop;"
        " pope; rabbi; monks; monk; mosque; religious leaders; muslims; christians;"
        " buddhists; hindus; jews; catholics; fundamentalists; fundamentalist"
    ),
    "ELI": ("former officials; ex-officials; elites"),
    "PRE": (
        "breakaway state; breakaway region; breakaway republic; partially recognized country;"
        " partially recognised country; self-declared republic; separatist republic"
    ),
    "UNK": ("men; group of men; two men; occupiers; unknown attackers"),
}

# Sector words that only weakly mark a sector: they give way to any other sector cue in the same
# mention ("rebel leaders" is REB, "Palestinian leaders" is GOV).
WEAK_SECTOR_WORDS = (
    "leader; leaders; official; officials; spokesman; spokeswoman; spokesperson; delegation;"
    " negotiators; negotiator; envoy; diplomat; diplomats; leadership; people; members; state;"
    " counterpart; counterparts;"
    " agency; department; council; authority; forces; palace; general; generals; officers;"
    " commander; commanders; speaker; guards; men; city; cities; town; towns; village;"
    " villages; hometown; neighborhood; neighbourhood; settlement; settlements"
)

# Head nouns that name a group or body and take their code from a modifier ("al-Qaeda's terror
# network", "the Azadliq opposition coalition"); the head itself gives no code or sector.
GROUP_HEADS = (
    "network; group; groups; movement; organization; organisation; coalition; alliance; front;"
    " faction; factions; wing; committee; body; bloc; camp; side; team; unit; units; outfit;"
    " cell; cells; association; federation; league; brigades; army; forces; authorities;"
    " administration; regime; delegation; mission; contingent; officials; leaders"
)

# Head nouns of quantities and collections: "tens of thousands of students", "a group of
# refugees" are resolved through the noun after "of".
# Last words of proper names that are never people, though a tagger may call the name a PERSON
# ("Martin Luther King Jr. Day", "the Nelson Mandela Bridge", "the Nobel Peace Prize").
NON_PERSON_NAME_HEADS = (
    "day; week; month; year; eve; festival; holiday; prize; award; awards; medal; cup; trophy;"
    " games; act; bill; law; amendment; doctrine; plan; treaty; accord; accords; street; avenue;"
    " road; boulevard; square; bridge; tunnel; highway; airport; station; port; stadium; arena;"
    " hall; center; centre; park; garden; gardens; university; college; school; academy;"
    " institute; hospital; clinic; museum; library; church; cathedral; mosque; temple; synagogue;"
    " foundation; fund; trust; memorial; monument; tower; building; hotel; theatre; theater;"
    " dam; canal; base; camp; prison; jail; river; lake; mountain; island; islands; bay;"
    # organisations: "Fox Corporation", "the Adani Group" name a body, not Mr Fox or Mr Adani
    " party; corporation; corp; company; group; inc; ltd; llc; plc; holdings; industries;"
    " airlines; airways; motors; bank; agency; network; channel; magazine; newspaper"
)
# (MEDIA_NAME_HEADS below are added to these by the builder.)

QUANTITY_HEADS = (
    "tens; hundreds; thousands; millions; dozens; scores; number; numbers; group; crowd;"
    " crowds; handful; band; batch; patch; team; some; many; most; all; several; few; one; two;"
    " three; four; five; majority; part; rest; members; half; third; quarter; wave; column"
)

# Words that turn a role into a former office holder (PLOVER sector ELI).
ELITE_MODIFIERS = ("former", "ex", "ex-", "retired", "onetime", "one-time", "erstwhile", "ousted")

# Office titles: role names (;-separated variants, lower case) | canonical role | sector.
ROLE_LINES = """
president | President | GOV
vice president; vice-president | Vice President | GOV
prime minister; premier | Prime Minister | GOV
deputy prime minister | Deputy Prime Minister | GOV
chancellor | Chancellor | GOV
foreign minister; minister of foreign affairs; foreign secretary; secretary of state; foreign affairs minister | Foreign Minister | GOV
deputy foreign minister | Deputy Foreign Minister | GOV
defense minister; defence minister; minister of defense; minister of defence; defense secretary; defence secretary; secretary of defense | Defense Minister | GOV
deputy minister of defense; deputy defense minister; deputy defence minister | Deputy Defense Minister | GOV
interior minister; minister of interior; minister of the interior; home secretary; home minister; interior secretary | Interior Minister | GOV
finance minister; minister of finance; treasury secretary; chancellor of the exchequer | Finance Minister | GOV
justice minister; minister of justice | Justice Minister | GOV
attorney general | Attorney General | JUD
trade minister; commerce secretary; minister of trade | Trade Minister | GOV
health minister; minister of health; health secretary | Health Minister | GOV
energy minister; minister of energy | Energy Minister | GOV
minister | Minister | GOV
deputy minister | Deputy Minister | GOV
secretary | Secretary | GOV
spokesman; spokeswoman; spokesperson; press secretary | Spokesperson | GOV
secretary general; secretary-general | Secretary-General | GOV
deputy secretary general; deputy secretary-general | Deputy Secretary-General | GOV
high commissioner | High Commissioner | GOV
governor | Governor | GOV
regional governor | Governor | GOV
mayor | Mayor | GOV
ambassador; envoy; special envoy | Ambassador | GOV
diplomat; senior diplomat | Diplomat | GOV
official; senior official; government official | Official | GOV
king | King | GOV
queen | Queen | GOV
emir | Emir | GOV
crown prince | Crown Prince | GOV
sultan | Sultan | GOV
supreme leader | Supreme Leader | GOV
national security adviser; national security advisor | National Security Adviser | GOV
chief of staff | Chief of Staff | GOV
leader | Leader |
head of state | Head of State | GOV
speaker | Speaker | LEG
senator | Senator | LEG
lawmaker; legislator; congressman; congresswoman; mp; member of parliament | Lawmaker | LEG
general | General | MIL
army chief; army chief of staff; chief of the general staff; chief of general staff | Army Chief | MIL
commander | Commander |
military commander | Commander | MIL
colonel; colonel-general; lieutenant colonel; lt. col. | Colonel | MIL
admiral | Admiral | MIL
police chief; police commissioner; chief of police | Police Chief | COP
judge; chief justice | Judge | JUD
prosecutor; chief prosecutor; public prosecutor | Prosecutor | JUD
director | Director |
chief | Chief |
head | Head |
chairman; chairwoman; chair | Chair |
"""

# ---------------------------------------------------------------------------------------------
# Version 1.1 additions (issue: actor resolution). Merged into the lists above by the builder.

# More seats of power and institutions used as metonyms (coded as that country's government):
# CODE | names. Added to the country's "capitals".
SEAT_LINES = """
USA | Oval Office; West Wing
UKR | Bankova
KOR | Blue House; Cheong Wa Dae; Yongsan
JPN | Kantei
IND | South Block; Rashtrapati Bhavan
MEX | Palacio Nacional; National Palace
ITA | Quirinale; Quirinal Palace
CHN | Great Hall of the People
ISR | Knesset building
TUR | Bestepe; Beştepe
EGY | Ittihadiya; Ittihadiya Palace
IRN | Pasteur Street
PAK | Aiwan-e-Sadr
"""

# Organisations and named institutions (same format as ENTITY_LINES).
EXTRA_ENTITY_LINES = """
Group of Eight; G8; G-8 | IGO | G8 |
Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development; OECD | IGO | OECD |
Asia-Pacific Economic Cooperation; APEC | IGO | APEC |
South Asian Association for Regional Cooperation; SAARC | IGO | SAARC |
Caribbean Community; CARICOM | IGO | CARICOM |
Pacific Islands Forum | IGO | Pacific Islands Forum |
Eurasian Economic Union | IGO | Eurasian Economic Union |
Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons; OPCW | IGO | OPCW |
Comprehensive Nuclear-Test-Ban Treaty Organization; CTBTO | IGO | CTBTO |
Bank for International Settlements | IGO | BIS |
Nordic Council | IGO | Nordic Council |
Visegrad Group; Visegrad Four; V4 | IGO | Visegrad Group |
AUKUS | IGO | AUKUS |
Five Eyes | IGO | Five Eyes | SPY
European Free Trade Association; EFTA | IGO | EFTA |
Permanent Court of Arbitration | IGO | Permanent Court of Arbitration | JUD
European Court of Human Rights | IGO | European Court of Human Rights | JUD
International Energy Agency; IEA | IGO | IEA |
Multinational Joint Task Force | IGO | Multinational Joint Task Force | MIL
NATO allies; NATO members; NATO member states | IGO | NATO |
Frontex | EUR | Frontex | COP
Europol | EUR | Europol | COP
Eurojust | EUR | Eurojust | JUD
European External Action Service; EEAS | EUR | European Union |
Eurogroup | EUR | Eurogroup |
European Investment Bank; EIB | EUR | European Investment Bank |
European Council President | EUR | European Union | GOV
International Organization for Migration; IOM | UNO | IOM |
Office of the High Commissioner for Human Rights; OHCHR; UN human rights office; U.N. human rights office | UNO | OHCHR |
United Nations Population Fund; UNFPA | UNO | UNFPA |
UN Women | UNO | UN Women |
United Nations Environment Programme; UNEP | UNO | UNEP |
Food and Agriculture Organization; FAO | UNO | FAO |
International Fund for Agricultural Development; IFAD | UNO | IFAD |
World Meteorological Organization; WMO | UNO | WMO |
United Nations Office on Drugs and Crime; UNODC | UNO | UNODC |
UNAIDS | UNO | UNAIDS | MED
UNMISS | UNO | UNMISS | MIL
MINUSMA | UNO | MINUSMA | MIL
MINUSCA | UNO | MINUSCA | MIL
UNAMA | UNO | UNAMA |
UN Human Rights Committee | UNO | UN Human Rights Committee |
UN Secretary-General; U.N. Secretary-General; UN chief; U.N. chief | UNO | United Nations | GOV
International Rescue Committee | NGO | International Rescue Committee |
Norwegian Refugee Council | NGO | Norwegian Refugee Council |
International Crisis Group | NGO | International Crisis Group |
Mercy Corps | NGO | Mercy Corps |
World Vision | NGO | World Vision |
Caritas | NGO | Caritas | REL
Islamic Relief | NGO | Islamic Relief |
Freedom House | NGO | Freedom House |
Physicians for Human Rights | NGO | Physicians for Human Rights | MED
International Federation of Red Cross and Red Crescent Societies; IFRC | NGO | IFRC |
White Helmets; Syria Civil Defence; Syrian Civil Defense | SYR | White Helmets | CVL
Syrian Observatory for Human Rights | NGO | Syrian Observatory for Human Rights |
B'Tselem | ISR | B'Tselem | SOC
Memorial Human Rights Centre | RUS | Memorial | SOC
Gazprom | RUS | Gazprom | BUS
Rosneft | RUS | Rosneft | BUS
Rosatom | RUS | Rosatom | GOV
Naftogaz | UKR | Naftogaz | BUS
Saudi Aramco; Aramco | SAU | Saudi Aramco | BUS
Rheinmetall | DEU | Rheinmetall | BUS
Lockheed Martin | USA | Lockheed Martin | BUS
Raytheon | USA | Raytheon | BUS
Boeing | USA | Boeing | BUS
Huawei | CHN | Huawei | BUS
Democratic Party; Democrats | USA | Democratic Party | PTY
Republican Party; Republicans; GOP | USA | Republican Party | PTY
Conservative Party; Tories; Tory party | GBR | Conservative Party | PTY
Labour Party; Labour | GBR | Labour Party | PTY
Liberal Democrats; Lib Dems | GBR | Liberal Democrats | PTY
Scottish National Party; SNP | GBR | SNP | PTY
Christian Democratic Union; CDU | DEU | CDU | PTY
Christian Social Union; CSU | DEU | CSU | PTY
Social Democratic Party of Germany; SPD | DEU | SPD | PTY
Alternative for Germany; AfD | DEU | AfD | PTY
Free Democratic Party; FDP | DEU | FDP | PTY
National Rally; Rassemblement National; Front National | FRA | National Rally | PTY
La France Insoumise; France Unbowed | FRA | La France Insoumise | PTY
Les Republicains; Les Républicains | FRA | Les Republicains | PTY
Brothers of Italy; Fratelli d'Italia | ITA | Brothers of Italy | PTY
Five Star Movement | ITA | Five Star Movement | PTY
Forza Italia | ITA | Forza Italia | PTY
PSOE; Spanish Socialist Workers' Party | ESP | PSOE | PTY
Partido Popular | ESP | Partido Popular | PTY
Podemos | ESP | Podemos | PTY
National Action Party; Partido Accion Nacional; Partido Acción Nacional; PAN | MEX | PAN | PTY
Institutional Revolutionary Party; Partido Revolucionario Institucional; PRI | MEX | PRI | PTY
Party of the Democratic Revolution; Partido de la Revolucion Democratica; PRD | MEX | PRD | PTY
Morena; National Regeneration Movement | MEX | Morena | PTY
Workers' Party of Brazil | BRA | Workers' Party | PTY
United Socialist Party of Venezuela; PSUV | VEN | PSUV | PTY
United Russia | RUS | United Russia | PTY
Servant of the People | UKR | Servant of the People | PTY
Justice and Development Party; AKP; AK Party | TUR | AKP | PTY
Republican People's Party; CHP | TUR | CHP | PTY
Nationalist Movement Party; MHP | TUR | MHP | PTY
Peoples' Democratic Party; HDP | TUR | HDP | PTY
Likud | ISR | Likud | PTY
Yesh Atid | ISR | Yesh Atid | PTY
Pakistan Tehreek-e-Insaf; Pakistan Tehreek-i-Insaf; PTI | PAK | PTI | PTY
Pakistan Muslim League-Nawaz; PML-N | PAK | PML-N | PTY
Pakistan Peoples Party | PAK | Pakistan Peoples Party | PTY
Awami League | BGD | Awami League | PTY
Bangladesh Nationalist Party | BGD | Bangladesh Nationalist Party | PTY
Liberal Democratic Party of Japan | JPN | LDP | PTY
Democratic Party of Korea | KOR | Democratic Party of Korea | PTY
People Power Party | KOR | People Power Party | PTY
Democratic Progressive Party; DPP | TWN | DPP | PTY
Kuomintang; KMT | TWN | Kuomintang | PTY
Economic Freedom Fighters | ZAF | EFF | PTY
Fidesz | HUN | Fidesz | PTY
Law and Justice party; PiS | POL | Law and Justice | PTY
Civic Platform | POL | Civic Platform | PTY
Party for Freedom; PVV | NLD | PVV | PTY
Sweden Democrats | SWE | Sweden Democrats | PTY
Syriza | GRC | Syriza | PTY
New Democracy | GRC | New Democracy | PTY
ZANU-PF | ZWE | ZANU-PF | PTY
All Progressives Congress | NGA | All Progressives Congress | PTY
Communist Party of Vietnam | VNM | Communist Party of Vietnam | PTY
Communist Party of Cuba | CUB | Communist Party of Cuba | PTY
Workers' Party of Korea | PRK | Workers' Party of Korea | PTY
Muslim Brotherhood | EGY | Muslim Brotherhood | OPP
Ennahda | TUN | Ennahda | PTY
Amal Movement | LBN | Amal | PTY
National League for Democracy | MMR | National League for Democracy | PTY
Georgian Dream | GEO | Georgian Dream | PTY
Pheu Thai | THA | Pheu Thai | PTY
United Malays National Organisation; UMNO | MYS | UMNO | PTY
Serbian Progressive Party | SRB | Serbian Progressive Party | PTY
Islamic State West Africa Province; ISWAP | IMG | ISWAP | REB
Islamic State Khorasan; ISIS-K; ISKP; IS-K | IMG | Islamic State Khorasan | REB
Jama'at Nusrat al-Islam wal-Muslimin; JNIM | IMG | JNIM | REB
al-Nusra Front; Nusra Front; Jabhat al-Nusra | SYR | Nusra Front | REB
Jaish-e-Mohammed; Jaish-e-Muhammad | PAK | Jaish-e-Mohammed | REB
Lashkar-e-Taiba; Lashkar-e-Tayyiba | PAK | Lashkar-e-Taiba | REB
Tehrik-i-Taliban Pakistan; Tehreek-e-Taliban Pakistan; TTP; Pakistani Taliban | PAK | TTP | REB
Baloch Liberation Army | PAK | Baloch Liberation Army | REB
Kataib Hezbollah; Kata'ib Hezbollah | IRQ | Kataib Hezbollah | PRM
Popular Mobilization Forces; Popular Mobilisation Forces; PMF; Hashed al-Shaabi | IRQ | PMF | PRM
Peshmerga | IRQ | Peshmerga | MIL
Kurdistan Regional Government; KRG | IRQ | KRG | GOV
People's Protection Units; YPG | SYR | YPG | REB
Azov Regiment; Azov Battalion; Azov Brigade | UKR | Azov | MIL
Russian Volunteer Corps | RUS | Russian Volunteer Corps | REB
Freedom of Russia Legion | RUS | Freedom of Russia Legion | REB
Arakan Army | MMR | Arakan Army | REB
Kachin Independence Army | MMR | Kachin Independence Army | REB
People's Defence Force; People's Defense Force | MMR | People's Defence Force | REB
Tigray People's Liberation Front; TPLF | ETH | TPLF | REB
Oromo Liberation Army | ETH | Oromo Liberation Army | REB
Fano | ETH | Fano | PRM
Allied Democratic Forces | COD | Allied Democratic Forces | REB
CODECO | COD | CODECO | PRM
Lord's Resistance Army | UGA | Lord's Resistance Army | REB
Janjaweed | SDN | Janjaweed | PRM
Polisario Front; Polisario | ESH | Polisario Front | REB
Abu Sayyaf | PHL | Abu Sayyaf | REB
New People's Army | PHL | New People's Army | REB
Moro Islamic Liberation Front; MILF | PHL | MILF | REB
Ansar Allah | YEM | Houthis | REB
Southern Transitional Council | YEM | Southern Transitional Council | REB
Izz ad-Din al-Qassam Brigades; Qassam Brigades; al-Qassam Brigades | PSE | Hamas | REB
Al-Aqsa Martyrs' Brigades | PSE | Al-Aqsa Martyrs' Brigades | REB
Irish Republican Army; IRA | GBR | IRA | REB
Sinaloa Cartel | MEX | Sinaloa Cartel | CRM
Jalisco New Generation Cartel; CJNG | MEX | CJNG | CRM
Gulf Clan; Clan del Golfo | COL | Gulf Clan | CRM
MS-13; Mara Salvatrucha | SLV | MS-13 | CRM
Tren de Aragua | VEN | Tren de Aragua | CRM
Proud Boys | USA | Proud Boys | PRM
Oath Keepers | USA | Oath Keepers | PRM
Ku Klux Klan; KKK | USA | Ku Klux Klan | PRM
"""

# News organisations (PLOVER sector JRN): names | CODE | org. Major national broadcasters,
# newspapers and magazines, news agencies (wire services) and state media, each coded to the
# country where it is based or whose state runs it (code left empty when a name is shared by
# outlets of several countries, as "ABC"). Public knowledge compiled for this project; names are
# the outlets' own. Names that are ordinary words are listed only with "The" ("The Guardian"):
# such a form matches only with its words capitalised as written and not before another
# capitalised word ("The Times Square"). State-run outlets are JRN here like the others; generic
# phrases ("state media", "state television") stay GOV cue words.
MEDIA_LINES = """
# -- news agencies and wire services
Associated Press; AP | USA | Associated Press
United Press International; UPI | USA | UPI
Reuters | GBR | Reuters
Press Association; PA Media | GBR | PA Media
Agence France-Presse; Agence France Presse; AFP | FRA | AFP
Deutsche Presse-Agentur; DPA | DEU | DPA
ANSA | ITA | ANSA
EFE; Agencia EFE | ESP | EFE
Lusa | PRT | Lusa
ANP | NLD | ANP
Belga | BEL | Belga
NTB | NOR | NTB
TT News Agency | SWE | TT News Agency
Ritzau | DNK | Ritzau
Polish Press Agency; PAP | POL | PAP
Czech News Agency; CTK; ČTK | CZE | CTK
MTI | HUN | MTI
HINA | HRV | HINA
Tanjug | SRB | Tanjug
Athens News Agency; ANA-MPA | GRC | ANA-MPA
Agerpres | ROU | Agerpres
Bulgarian News Agency; BTA | BGR | BTA
Ukrinform | UKR | Ukrinform
UNIAN | UKR | UNIAN
BelTA; Belta | BLR | BelTA
TASS; Tass; ITAR-TASS | RUS | TASS
RIA Novosti; RIA | RUS | RIA Novosti
Interfax | RUS | Interfax
Sputnik | RUS | Sputnik
Kazinform | KAZ | Kazinform
Armenpress | ARM | Armenpress
Azertac; AZERTAC | AZE | Azertac
Anadolu; Anadolu Agency | TUR | Anadolu
Xinhua; Xinhua news agency | CHN | Xinhua
Central News Agency; Focus Taiwan | TWN | Central News Agency
Kyodo; Kyodo News | JPN | Kyodo
Jiji Press; Jiji | JPN | Jiji Press
Yonhap; Yonhap news agency | KOR | Yonhap
KCNA; Korean Central News Agency | PRK | KCNA
Bernama | MYS | Bernama
Antara | IDN | Antara
Philippine News Agency | PHL | Philippine News Agency
Vietnam News Agency | VNM | Vietnam News Agency
Asian News International; ANI | IND | ANI
Press Trust of India | IND | Press Trust of India
Associated Press of Pakistan | PAK | Associated Press of Pakistan
Pajhwok; Pajhwok Afghan News | AFG | Pajhwok
IRNA; Islamic Republic News Agency | IRN | IRNA
Fars News Agency | IRN | Fars News Agency
Tasnim; Tasnim News Agency | IRN | Tasnim
Mehr News Agency | IRN | Mehr News Agency
ISNA; Iranian Students News Agency | IRN | ISNA
SANA; Syrian Arab News Agency | SYR | SANA
Saudi Press Agency | SAU | Saudi Press Agency
Emirates News Agency; WAM | ARE | WAM
Kuwait News Agency; KUNA | KWT | KUNA
Qatar News Agency; QNA | QAT | QNA
Bahrain News Agency | BHR | Bahrain News Agency
Oman News Agency | OMN | Oman News Agency
Petra news agency | JOR | Petra
WAFA | PSE | WAFA
Middle East News Agency | EGY | MENA
Sudan News Agency; SUNA | SDN | SUNA
Ethiopian News Agency | ETH | Ethiopian News Agency
Ghana News Agency | GHA | Ghana News Agency
Algeria Press Service | DZA | Algeria Press Service
Maghreb Arab Press | MAR | Maghreb Arab Press
Tunis Afrique Presse | TUN | Tunis Afrique Presse
Australian Associated Press; AAP | AUS | AAP
Canadian Press | CAN | Canadian Press
Notimex | MEX | Notimex
Telam; Télam | ARG | Telam
Agencia Brasil; Agência Brasil | BRA | Agencia Brasil
Prensa Latina | CUB | Prensa Latina
# -- United States
CNN | USA | CNN
Fox News; Fox News Channel; Fox Business | USA | Fox News
ABC News | USA | ABC News
NBC; NBC News | USA | NBC News
CBS; CBS News | USA | CBS News
MSNBC | USA | MSNBC
CNBC | USA | CNBC
NPR; National Public Radio | USA | NPR
PBS | USA | PBS
C-SPAN | USA | C-SPAN
Voice of America; VOA | USA | Voice of America
Radio Free Europe; Radio Free Europe/Radio Liberty; RFE/RL; Radio Liberty | USA | RFE/RL
Radio Free Asia; RFA | USA | Radio Free Asia
Alhurra | USA | Alhurra
Bloomberg News | USA | Bloomberg News
New York Times | USA | New York Times
Washington Post | USA | Washington Post
Wall Street Journal | USA | Wall Street Journal
USA Today | USA | USA Today
Los Angeles Times | USA | Los Angeles Times
Chicago Tribune | USA | Chicago Tribune
Boston Globe | USA | Boston Globe
New York Post | USA | New York Post
Washington Times | USA | Washington Times
San Francisco Chronicle | USA | San Francisco Chronicle
Miami Herald | USA | Miami Herald
Philadelphia Inquirer | USA | Philadelphia Inquirer
The Atlantic | USA | The Atlantic
The New Yorker | USA | The New Yorker
Newsweek | USA | Newsweek
Time magazine | USA | Time
Politico | USA | Politico
Axios | USA | Axios
The Hill | USA | The Hill
HuffPost; Huffington Post | USA | HuffPost
BuzzFeed News | USA | BuzzFeed News
Vice News | USA | Vice News
ProPublica | USA | ProPublica
The Intercept | USA | The Intercept
Breitbart; Breitbart News | USA | Breitbart News
Drudge Report | USA | Drudge Report
The Daily Beast | USA | The Daily Beast
Al-Monitor | USA | Al-Monitor
# -- United Kingdom and Ireland
BBC; British Broadcasting Corporation; BBC News | GBR | BBC
ITV; ITV News | GBR | ITV
Channel 4 News | GBR | Channel 4 News
Sky News | GBR | Sky News
The Guardian | GBR | The Guardian
The Observer | GBR | The Observer
The Times; The Sunday Times | GBR | The Times
The Telegraph; The Daily Telegraph; Daily Telegraph; Sunday Telegraph | GBR | The Telegraph
The Independent | GBR | The Independent
Financial Times | GBR | Financial Times
The Economist | GBR | The Economist
Daily Mail; Mail on Sunday; MailOnline | GBR | Daily Mail
Daily Mirror | GBR | Daily Mirror
The Sun | GBR | The Sun
Daily Express | GBR | Daily Express
Evening Standard | GBR | Evening Standard
The Scotsman | GBR | The Scotsman
New Statesman | GBR | New Statesman
The Spectator | GBR | The Spectator
Middle East Eye | GBR | Middle East Eye
RTE; RTÉ | IRL | RTE
Irish Times | IRL | Irish Times
Irish Independent | IRL | Irish Independent
# -- Europe
France 24 | FRA | France 24
Radio France Internationale; RFI | FRA | RFI
Le Monde | FRA | Le Monde
Le Figaro | FRA | Le Figaro
Libération | FRA | Libération
Le Parisien | FRA | Le Parisien
Ouest-France | FRA | Ouest-France
BFM TV; BFMTV | FRA | BFM TV
TF1 | FRA | TF1
France Televisions; France Télévisions | FRA | France Televisions
Franceinfo; France Info | FRA | Franceinfo
Euronews | FRA | Euronews
Der Spiegel; Spiegel | DEU | Der Spiegel
Bild | DEU | Bild
Die Welt | DEU | Die Welt
Die Zeit | DEU | Die Zeit
Frankfurter Allgemeine Zeitung; Frankfurter Allgemeine; FAZ | DEU | FAZ
Süddeutsche Zeitung; Suddeutsche Zeitung | DEU | Süddeutsche Zeitung
Deutsche Welle; DW | DEU | Deutsche Welle
ARD | DEU | ARD
ZDF | DEU | ZDF
Corriere della Sera | ITA | Corriere della Sera
La Repubblica | ITA | La Repubblica
La Stampa | ITA | La Stampa
RAI | ITA | RAI
El País; El Pais | ESP | El País
El Mundo | ESP | El Mundo
La Vanguardia | ESP | La Vanguardia
RTVE | ESP | RTVE
RTP | PRT | RTP
NOS | NLD | NOS
De Telegraaf; Telegraaf | NLD | De Telegraaf
NRC Handelsblad | NLD | NRC Handelsblad
de Volkskrant; Volkskrant | NLD | de Volkskrant
RTBF | BEL | RTBF
VRT | BEL | VRT
Le Soir | BEL | Le Soir
ORF | AUT | ORF
Der Standard | AUT | Der Standard
SRF | CHE | SRF
Neue Zürcher Zeitung; Neue Zurcher Zeitung; NZZ | CHE | NZZ
Swissinfo | CHE | Swissinfo
NRK | NOR | NRK
Aftenposten | NOR | Aftenposten
Verdens Gang | NOR | Verdens Gang
SVT; Sveriges Television | SWE | SVT
Sveriges Radio | SWE | Sveriges Radio
Dagens Nyheter | SWE | Dagens Nyheter
Aftonbladet | SWE | Aftonbladet
Expressen | SWE | Expressen
Danmarks Radio | DNK | DR
Politiken | DNK | Politiken
Jyllands-Posten | DNK | Jyllands-Posten
Berlingske | DNK | Berlingske
Yle | FIN | Yle
Helsingin Sanomat | FIN | Helsingin Sanomat
RUV; RÚV | ISL | RUV
TVP; Telewizja Polska | POL | TVP
Gazeta Wyborcza | POL | Gazeta Wyborcza
Rzeczpospolita | POL | Rzeczpospolita
Czech Television | CZE | Czech Television
Magyar Nemzet | HUN | Magyar Nemzet
Radio Television of Serbia | SRB | RTS
Kathimerini | GRC | Kathimerini
ERT | GRC | ERT
Cyprus Mail | CYP | Cyprus Mail
Ukrainska Pravda | UKR | Ukrainska Pravda
Suspilne | UKR | Suspilne
Kyiv Post | UKR | Kyiv Post
Kyiv Independent | UKR | Kyiv Independent
RT; Russia Today | RUS | RT
Channel One Russia | RUS | Channel One
Rossiya 24; Rossiya 1 | RUS | Rossiya
NTV | RUS | NTV
Kommersant | RUS | Kommersant
Izvestia | RUS | Izvestia
Novaya Gazeta | RUS | Novaya Gazeta
Vedomosti | RUS | Vedomosti
Rossiyskaya Gazeta | RUS | Rossiyskaya Gazeta
Komsomolskaya Pravda | RUS | Komsomolskaya Pravda
Pravda | RUS | Pravda
Moscow Times | RUS | Moscow Times
Echo of Moscow; Ekho Moskvy | RUS | Echo of Moscow
Rustavi 2 | GEO | Rustavi 2
Hurriyet; Hürriyet | TUR | Hurriyet
Daily Sabah | TUR | Daily Sabah
Cumhuriyet | TUR | Cumhuriyet
Milliyet | TUR | Milliyet
TRT; TRT World | TUR | TRT
# -- Middle East
Al Jazeera; Al-Jazeera | QAT | Al Jazeera
Al Arabiya | SAU | Al Arabiya
Asharq Al-Awsat | SAU | Asharq Al-Awsat
Arab News | SAU | Arab News
Gulf News | ARE | Gulf News
Sky News Arabia | ARE | Sky News Arabia
Al-Ahram; Al Ahram | EGY | Al-Ahram
Al-Masry Al-Youm | EGY | Al-Masry Al-Youm
Jordan Times | JOR | Jordan Times
Al Manar; Al-Manar | LBN | Al Manar
Al Mayadeen | LBN | Al Mayadeen
L'Orient-Le Jour | LBN | L'Orient-Le Jour
Press TV | IRN | Press TV
IRIB; Islamic Republic of Iran Broadcasting | IRN | IRIB
Tehran Times | IRN | Tehran Times
Haaretz | ISR | Haaretz
Times of Israel | ISR | Times of Israel
Jerusalem Post | ISR | Jerusalem Post
Yedioth Ahronoth; Ynet | ISR | Yedioth Ahronoth
Maariv | ISR | Maariv
Israel Hayom | ISR | Israel Hayom
Army Radio | ISR | Army Radio
Rudaw | IRQ | Rudaw
Kurdistan 24 | IRQ | Kurdistan 24
Al-Masirah | YEM | Al-Masirah
# -- Asia and the Pacific
CCTV; China Central Television | CHN | CCTV
CGTN | CHN | CGTN
People's Daily | CHN | People's Daily
China Daily | CHN | China Daily
Global Times | CHN | Global Times
Caixin | CHN | Caixin
South China Morning Post; SCMP | HKG | South China Morning Post
RTHK | HKG | RTHK
Taipei Times | TWN | Taipei Times
NHK | JPN | NHK
Asahi Shimbun; Asahi | JPN | Asahi Shimbun
Yomiuri Shimbun; Yomiuri | JPN | Yomiuri Shimbun
Mainichi Shimbun; Mainichi | JPN | Mainichi Shimbun
Nikkei; Nikkei Asia | JPN | Nikkei
Japan Times | JPN | Japan Times
KBS; Korean Broadcasting System | KOR | KBS
JTBC | KOR | JTBC
YTN | KOR | YTN
Korea Herald | KOR | Korea Herald
Korea Times | KOR | Korea Times
Chosun Ilbo | KOR | Chosun Ilbo
JoongAng Ilbo; Korea JoongAng Daily | KOR | JoongAng Ilbo
Dong-A Ilbo | KOR | Dong-A Ilbo
Hankyoreh | KOR | Hankyoreh
Rodong Sinmun | PRK | Rodong Sinmun
Straits Times | SGP | Straits Times
Channel NewsAsia | SGP | Channel NewsAsia
Jakarta Post | IDN | Jakarta Post
Philippine Daily Inquirer | PHL | Philippine Daily Inquirer
Rappler | PHL | Rappler
ABS-CBN | PHL | ABS-CBN
GMA News | PHL | GMA News
Bangkok Post | THA | Bangkok Post
VnExpress | VNM | VnExpress
Times of India | IND | Times of India
The Hindu | IND | The Hindu
Hindustan Times | IND | Hindustan Times
Indian Express | IND | Indian Express
NDTV | IND | NDTV
Doordarshan | IND | Doordarshan
All India Radio | IND | All India Radio
Dawn newspaper | PAK | Dawn
Express Tribune | PAK | Express Tribune
Geo News; Geo TV | PAK | Geo News
Prothom Alo | BGD | Prothom Alo
Kathmandu Post | NPL | Kathmandu Post
TOLOnews; Tolo News | AFG | TOLOnews
ABC | | ABC
Australian Broadcasting Corporation; ABC Australia | AUS | ABC
SBS News | AUS | SBS News
Sydney Morning Herald | AUS | Sydney Morning Herald
The Age | AUS | The Age
Herald Sun | AUS | Herald Sun
New Zealand Herald; NZ Herald | NZL | New Zealand Herald
Radio New Zealand; RNZ | NZL | RNZ
TVNZ | NZL | TVNZ
Fiji Times | FJI | Fiji Times
Samoa Observer | WSM | Samoa Observer
# -- Africa
SABC; South African Broadcasting Corporation | ZAF | SABC
News24 | ZAF | News24
Mail & Guardian | ZAF | Mail & Guardian
Daily Maverick | ZAF | Daily Maverick
Daily Nation | KEN | Daily Nation
Kenya Broadcasting Corporation | KEN | KBC
Citizen TV | KEN | Citizen TV
Premium Times | NGA | Premium Times
Channels Television; Channels TV | NGA | Channels Television
Nigerian Television Authority | NGA | NTA
Daily Trust | NGA | Daily Trust
Sahara Reporters | NGA | Sahara Reporters
Addis Standard | ETH | Addis Standard
New Vision | UGA | New Vision
Daily Monitor | UGA | Daily Monitor
Radio Okapi | COD | Radio Okapi
# -- the Americas
CBC; Canadian Broadcasting Corporation; CBC News | CAN | CBC
CTV; CTV News | CAN | CTV
Global News | CAN | Global News
Globe and Mail | CAN | Globe and Mail
Toronto Star | CAN | Toronto Star
National Post | CAN | National Post
Radio-Canada | CAN | Radio-Canada
Televisa | MEX | Televisa
El Universal | MEX | El Universal
La Jornada | MEX | La Jornada
Milenio | MEX | Milenio
Clarín; Clarin | ARG | Clarín
Página 12; Pagina 12 | ARG | Página 12
O Globo; TV Globo; Rede Globo | BRA | Globo
Folha de S.Paulo; Folha de São Paulo; Folha | BRA | Folha de S.Paulo
Estadão; Estadao | BRA | Estadão
El Tiempo | COL | El Tiempo
El Espectador | COL | El Espectador
La Tercera | CHL | La Tercera
El Mercurio | CHL | El Mercurio
Granma | CUB | Granma
Telesur; teleSUR; TeleSUR | VEN | Telesur
"""

# Last words of proper names of news outlets ("the Sunday Morning Herald", "Kurdistan Radio"): a
# capitalised name of two words or more ending in one of them, not otherwise known, is an outlet
# (sector JRN); its country comes only from a country name, demonym or capital inside it.
MEDIA_NAME_HEADS = (
    "news; times; post; herald; telegraph; tribune; journal; gazette; broadcasting; television;"
    " radio; daily; chronicle; observer; guardian; tv"
)

# Entities whose code or sector depends on the date: names | code | org | sector | start | end
# (an empty start or end is open). The article's date picks the line; without a date the open
# ended (current) line counts.
DATED_ENTITY_LINES = """
Taliban; the Taliban | AFG | Taliban | GOV | 1996-09-27 | 2001-11-13
Taliban; the Taliban | AFG | Taliban | REB | 2001-11-13 | 2021-08-15
Taliban; the Taliban | AFG | Taliban | GOV | 2021-08-15 |
Hayat Tahrir al-Sham; HTS | SYR | Hayat Tahrir al-Sham | REB | | 2024-12-08
Hayat Tahrir al-Sham; HTS | SYR | Hayat Tahrir al-Sham | GOV | 2024-12-08 |
"""

# More sector cue words (merged into SECTOR_WORDS).
EXTRA_SECTOR_WORDS = {
    "GOV": (
        "presidential office; president's office; prime minister's office; presidential palace;"
        " royal palace; local authorities; regional government; provincial government;"
        " state government; federal government; central government; municipality; governorate;"
        " ministries; officialdom; bureaucrats; civil servants; ombudsman; press office;"
        " presidential press office; press service; presidential administration"
    ),
    "MIL": (
        "troopers; sailors; airmen; reservists; conscripts; recruits; army units; military units;"
        " general staff; military officers; army officers; military leaders; military commanders;"
        " military leadership; air defense; air defence; military intelligence; frigate;"
        " corvette; aircraft carrier; cruiser; battleship"
    ),
    "COP": (
        "police force; police forces; riot officers; traffic police; military police;"
        " national police; federal police; anti-riot police; border patrol; border agents;"
        " police station; police department; security guards; prison officers; bailiffs"
    ),
    "JUD": (
        "justices; jury; jurors; prosecutor's office; district attorney; judicial authorities;"
        " prosecution; defense lawyers; defence lawyers; appeals judges"
    ),
    "LEG": (
        "upper house; lower house; parliamentary committee; senate committee; house committee;"
        " legislative council; legislative assembly; congressional; representatives;"
        " congressmen; congresswomen; members of congress; member of congress"
    ),
    "PTY": ("party members; party officials; party chief; party secretary; ruling coalition"),
    "OPP": (
        "opposition parties; opposition figure; opposition figures; opposition activists;"
        " opposition supporters; opposition politicians; opposition groups; government critics"
    ),
    "REB": ("insurgent groups; rebel commanders; rebel fighters; jihadi; jihadis"),
    "SPY": (
        "spy chief; spymaster; intelligence officers; intelligence officials; intelligence chiefs;"
        " counterintelligence; secret services; intelligence community"
    ),
    "CVL": (
        "bystanders; onlookers; tourists; voters; consumers; commuters; motorists; fans;"
        " spectators; homeowners; tenants; neighbors; neighbours; survivors; victims;"
        " general public; local residents; townspeople; tribesmen; elders; tribal elders;"
        " pensioners; households; parents; men and women; crowd members; city; cities; town;"
        " towns; village; hometown; neighborhood; neighbourhood; settlement; settlements;"
        # private people by what they do ("French inventor Franky Zapata")
        " inventor; engineer; engineers; athlete; athletes; footballer; player; tennis player;"
        " singer; rapper; musician; actress; artist; writer; author; novelist; poet;"
        " comedian; filmmaker; pilot; chef; shopkeeper; shop owner;"
        # unnamed people: the recipient of "police arrested a 25-year-old man"
        " man; men; woman; boy; boys; girl; girls; teenager; teenagers; teen; teens; person;"
        " persons; individual; individuals; child; baby; infant; pedestrian; worshippers"
    ),
    "SOC": (
        "ngo; ngos; non-governmental organization; non-governmental organisation;"
        " nongovernmental organization; aid group; aid groups; aid agency; aid agencies;"
        " aid workers; humanitarian workers; humanitarian groups; humanitarian organizations;"
        " charity; charities; watchdog; think tank; environmentalists; environmental activists;"
        " human rights activists; human rights defenders; rights activists; volunteers"
    ),
    "LAB": (
        "labor unions; labour unions; trade unionists; unionists; laborers; labourers;"
        " dock workers; factory workers; union leaders; union members; workforce"
    ),
    "BUS": (
        "entrepreneurs; entrepreneur; shareholders; merchants; merchant; shopkeepers;"
        " shop owners; retailers; contractors; contractor; oil company; oil companies;"
        " energy company; oligarch; oligarchs; tycoon; tycoons; multinational; multinationals;"
        " bankers; banker; business leaders; chamber of commerce; employers; business owners;"
        " corporate; board of directors; company's board"
    ),
    "AGR": ("ranchers; farm workers; farmworkers; pastoralists; cattle herders"),
    "CRM": (
        "drug lord; drug lords; drug gang; drug gangs; criminal gang; criminal gangs;"
        " crime boss; gangsters; gangster; mobsters; looters; poachers; fraudsters; scammers;"
        " bandits; money launderers; arms dealers; human traffickers; people smugglers;"
        " narcos; narcotraffickers; murderers; murderer; crime syndicate; crime syndicates;"
        " criminal network; criminal networks; criminal organization; criminal organisations;"
        # people held or sought for a crime: "police detained the suspect"
        " suspect; suspects; the accused; perpetrator; perpetrators; fugitive; fugitives"
    ),
    "EDU": (
        "lecturer; lecturers; academic; scholar; educators; educator; teacher; pupils;"
        " schoolchildren; campus; faculty; university students; academy of sciences; pupil;"
        " scientist; scientists; researcher; researchers"
    ),
    "JRN": (
        "columnist; columnists; commentator; commentators; bloggers; blogger; cameraman;"
        " photojournalist; photojournalists; media workers; news outlet; news outlets;"
        " media outlet; media outlets; broadcasters; newsroom"
    ),
    "MED": (
        "surgeon; surgeons; physicians; physician; medical staff; medical workers;"
        " health care workers; healthcare workers; clinic; clinics; health authorities;"
        " medical team; medical teams; emergency services; health services; medical personnel;"
        " nurse; nurses; paramedic; paramedics; midwife; midwives; neurosurgeon; pharmacist"
    ),
    "REF": (
        "stateless; returnees; internally displaced persons; idps; displaced families;"
        " refugee camp; refugee camps; displaced civilians; displaced residents"
    ),
    "REL": (
        "pastor; pastors; rabbis; muftis; mufti; ayatollah; ayatollahs; patriarch; cardinal;"
        " cardinals; nuns; nun; religious leader; worshippers; pilgrims; clergyman; clergymen;"
        " diocese; parish; churches; mosques; synagogue; religious authorities"
    ),
    "ELI": (
        "former official; ex-officials; former leaders; former leader; elder statesman;"
        " elder statesmen; former minister; former ministers; former lawmaker"
    ),
}

# More office titles (same format as ROLE_LINES). A name written with a capital ("Rep.")
# matches only when capitalised in the text ("a sales rep" is no lawmaker).
EXTRA_ROLE_LINES = """
Sen.; Sen | Senator | LEG
Rep.; Rep; Representative; Congressional Representative; State Representative | Lawmaker | LEG
special representative | Ambassador | GOV
congressional delegate | Lawmaker | LEG
majority leader; senate majority leader; house majority leader | Majority Leader | LEG
minority leader; senate minority leader; house minority leader | Minority Leader | LEG
majority whip; minority whip | Whip | LEG
provost | Provost | EDU
dean | Dean | EDU
taoiseach | Prime Minister | GOV
vice premier; vice-premier | Deputy Prime Minister | GOV
president-elect; president elect | President | GOV
prime minister-elect | Prime Minister | GOV
state counsellor; state counselor | Leader | GOV
gov; lt. gov.; lieutenant governor | Governor | GOV
economy minister; minister of economy; economics minister | Economy Minister | GOV
agriculture minister; minister of agriculture | Agriculture Minister | GOV
education minister; minister of education | Education Minister | GOV
minister of state | Minister | GOV
foreign policy chief; foreign affairs chief | High Commissioner | GOV
ombudsman | Ombudsman | GOV
opposition leader | Opposition Leader | OPP
party leader; party chairman; party chief | Party Leader | PTY
rebel leader; rebel commander | Rebel Leader | REB
militia leader; militia commander | Commander | PRM
commander-in-chief; commander in chief | Commander | MIL
chief of defence staff; chief of defense staff; chairman of the joint chiefs of staff; joint chiefs chairman | Army Chief | MIL
navy chief; navy commander; air force chief; air force commander | Commander | MIL
lieutenant general; major general; brigadier general; lt. gen.; maj. gen.; brig. gen.; field marshal; marshal | General | MIL
lieutenant; sergeant | Officer | MIL
spy chief; intelligence chief; director of national intelligence; intelligence director | Director | SPY
police commander | Police Chief | COP
police spokesman; police spokeswoman; police spokesperson | Spokesperson | COP
chief executive; chief executive officer; ceo; managing director | Chief Executive | BUS
editor-in-chief; editor in chief | Editor | JRN
journalist; reporter; correspondent | Journalist | JRN
professor; lecturer; rector; university president | Professor | EDU
union leader; union boss | Union Leader | LAB
pope | Pope | REL
cardinal; archbishop; bishop; patriarch; imam; ayatollah; grand mufti; chief rabbi | Cleric | REL
"""

# "Representatives" alone is a weak LEG cue: "rebel representatives" are rebels.
EXTRA_WEAK_SECTOR_WORDS = "representatives"

# Words that make the office before them a goal, not a post held: "mayoral candidate", "Lord
# Mayor candidate", "nominee for president" hold no office (no role; no sector from the title).
# "former presidential candidate Senator X": "former" qualifies the candidacy, not "Senator".
CANDIDATE_WORDS = (
    "candidate; candidates; nominee; nominees; hopeful; hopefuls; contender; contenders;"
    " challenger; challengers; aspirant; aspirants"
)

# Office titles whose sector depends on the body they head: role | institution words | sector.
# The institution word stands before the title in the mention ("the university's chancellor",
# "Harvard University President") or in an "of" phrase right after it ("dean of the law school").
# "polity" stands for a country, capital or region name right before the title ("Hong Kong
# Chief Executive", "Macau Chief Executive"): an office of that government.
ROLE_SENSE_LINES = """
Chancellor; President; Provost; Dean; Director; Chair; Chief Executive | university; universities; college; school; academy; polytechnic | EDU
Chief Executive | polity | GOV
"""

# A committee of a legislature is LEG whatever its topic ("the House Judiciary Committee",
# "the Senate Intelligence Committee", "a parliamentary defence committee"): a word naming a
# chamber followed, within the same name, by one of the committee words.
LEGISLATURE_WORDS = (
    "house; senate; parliament; parliamentary; congress; congressional; assembly; commons;"
    " lords; duma; knesset; bundestag; legislative; legislature"
)
COMMITTEE_WORDS = "committee; committees; subcommittee; subcommittees; caucus"

# Names that are both a country and a first-level region of another country: name | country
# code | region's country code | words of the mention that point to the region's country.
# "Senator Jon Ossoff of Georgia", "Georgia Republicans" are American, "Georgian troops" are not.
SHARED_REGION_LINES = """
Georgia | GEO | USA | Republican; Republicans; Democrat; Democrats; Democratic; Senator; Sen; Senators; Congressman; Congresswoman; Rep; Representative; Representatives; Governor; governor of; state senator; state legislature; U.S.; US; American; Congress; congressional; county; Atlanta
"""

# Regions and places that news uses as actors or locations, not in the build's city list or
# ISO 3166-2 names: CODE | names. Coded to the country, sector CVL when alone (the population).
PLACE_LINES = """
UKR | Donetsk; Luhansk; Lugansk; Donbas; Donbass; Kherson; Zaporizhzhia; Zaporizhzhia region; Zaporizhia; Crimea; Kharkiv; Odesa; Odessa; Bakhmut; Avdiivka; Kramatorsk; Sloviansk; Kostiantynivka; Kostyantynivka; Pokrovsk; Bucha; Irpin; Sumy; Chernihiv; Kyiv region
RUS | Kursk; Belgorod; Bryansk; Chechnya; Dagestan; Ingushetia; Siberia; Kaliningrad; Rostov-on-Don; Krasnodar; Tatarstan
SDN | Darfur; North Darfur; South Darfur; West Darfur; Kordofan; South Kordofan; El Fasher; Omdurman
ETH | Tigray; Amhara; Oromia; Mekele; Mekelle
CHN | Xinjiang; Tibet; Inner Mongolia; Guangdong; Sichuan; Yunnan
PAK | Balochistan; Baluchistan; Khyber Pakhtunkhwa; Waziristan; North Waziristan; Peshawar; Quetta
SYR | Idlib; Aleppo; Raqqa; Deir ez-Zor; Deir el-Zour; Homs; Hama; Latakia; Daraa; Quneitra; Hasakah; Kobani
IRQ | Mosul; Basra; Kirkuk; Anbar; Fallujah; Erbil; Irbil; Sulaymaniyah; Tikrit; Ramadi; Nineveh
AFG | Helmand; Kandahar; Kunduz; Nangarhar; Herat; Mazar-i-Sharif; Jalalabad; Panjshir
YEM | Hodeidah; Hudaydah; Aden; Marib; Taiz
LBY | Benghazi; Misrata; Sirte; Derna; Cyrenaica
PSE | Jenin; Nablus; Hebron; Rafah; Khan Younis; Gaza City; Jabalia; Bethlehem; Tulkarem
ISR | Sderot; Tel Aviv; Haifa; Ashkelon; Negev
LBN | Tyre; Sidon; Baalbek; Bekaa
MMR | Rakhine; Kachin; Shan; Sagaing; Karen State; Kayin; Chin State; Mandalay
PHL | Mindanao; Marawi; Sulu
IDN | Aceh; West Papua
MOZ | Cabo Delgado
COD | North Kivu; South Kivu; Ituri; Goma; Bunia
NGA | Borno; Maiduguri; Zamfara; Kaduna
MLI | Timbuktu; Kidal; Mopti
SOM | Puntland; Jubaland; Kismayo; Baidoa
IND | Manipur; Assam; Punjab state; Jammu; Uttar Pradesh; Maharashtra; Gujarat; Mumbai; Kolkata; Chennai; Bengaluru; Bangalore
ESP | Catalonia; Basque Country
GBR | Belfast; Edinburgh; Glasgow; Manchester
MEX | Sinaloa; Jalisco; Tamaulipas; Michoacan; Michoacán; Guerrero state; Chihuahua; Ciudad Juarez; Ciudad Juárez; Tijuana
COL | Cauca; Antioquia; Catatumbo; Medellin; Medellín; Cali
"""

# Place names never indexed: ordinary English words or first names that geonames or ISO 3166-2
# list as places (they would code "May" or "Split" as a country's civilians).
PLACE_STOPWORDS = (
    "Split; Nice; Reading; Mobile; Of; Bath; Hope; Independence; Orange; Temple; Buffalo; Marion;"
    " Jackson; Austin; Lincoln; Victoria; Florence; Madison; Charlotte; Aurora; Eugene; Irving;"
    " Lafayette; Salem; Columbia; Surprise; Paradise; Spring; Fortune; Union; Concord; Liberty;"
    " Centre; Center; Central; Northern; Southern; Eastern; Western; North; South; East; West;"
    " Delta; Plateau; Rivers; Lakes; Coast; Capital; Upper; Lower; Middle; Valley; Mountain;"
    " Islands; Sea; Red Sea; Niger; Santa; San; Saint; Mesa; Hamilton; Cambridge; Oxford;"
    " Bristol; Richmond; Chester; Mercedes; Brest; Kent; Essex; Most; Bar; Mar; Van; Batman;"
    " Gore; Young; Carmen; Dolores; Rosario; Soledad; Trinidad; Concepcion; Concepción;"
    " Barcelona; Ciudad; Nova; Tema; Kano State; Meta; Cesar; Guerrero; Hidalgo; Morelos;"
    " Sucre; Bolivar; Bolívar; Amazonas; Santa Cruz; San Juan; Santiago; Cordoba; Córdoba;"
    " Leon; León; Georgia; Washington; Jordan; Chad; Guinea; Congo; Lebanon; Sudan; Mali;"
    " Peru; Cuba; Malta; Nauru; Tonga; Samoa; Panama; Mexico; Guatemala; Kuwait; Djibouti;"
    " Luxembourg; Monaco; Singapore; Andorra; San Marino; Vatican; Liechtenstein; Brazil"
)

# ISO 3166-2 subdivision types whose names the build indexes (first-level regions news names).
SUBDIVISION_TYPES = (
    "State; Province; Region; Governorate; Oblast; Republic; Autonomous republic;"
    " Autonomous region; Autonomous province; Regional state; Federal district; Prefecture;"
    " Department; Emirate; Division; Territory; Union territory"
)
# Countries whose ISO 3166-2 names are not English regions (skipped: counties, districts,
# transliterated forms).
SUBDIVISION_SKIP = "GBR; IRL; CHN; RUS; UKR; SYR; IRQ; AFG; FRA; ITA; ESP; DEU; POL; CZE; SVK"
