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
Taliban; the Taliban | AFG | Taliban | REB
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
        " white supremicists; gang confederations; organized crime"
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
    " commander; commanders; speaker; guards; men"
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
