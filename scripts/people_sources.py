# ruff: noqa: E501  (data tables: one entry per line reads better than wrapped lines)
"""Hand-written list of office holders that ``build_people.py`` turns into ``data/people.json``.

Public knowledge compiled by the project (see ``src/wirecoder/data/PEOPLE.md``). Dates are
month-precise at best: a day is given where it is widely reported, otherwise ``YYYY-MM`` or
``YYYY``. An empty end date means "in office as far as this list knows" (compiled late 2025).

Format. A header line sets the office for the lines after it::

    @CODE[ ORG] | Role | SECTOR

``CODE`` is an ISO 3166 alpha-3 country code or a PLOVER non-state code (IGO, UNO, EUR, ...),
``ORG`` the organisation's short name (as in actors.json), ``Role`` a canonical role of actors.json
and ``SECTOR`` a PLOVER sector. A person line is::

    Canonical Name; alias; alias | start | end

The same person under several headers gets several terms (offices). Surname aliases are added by
the build script (the last word, or the first for family-name-first countries:
``wirecoder.coding.coref.FAMILY_NAME_FIRST``) unless the surname
is shared by two people, is a common name or word (``COMMON_SURNAMES``), or the line lists a
single-word alias itself. Edit this file, then run ``python scripts/build_people.py``.
"""

from __future__ import annotations

# Surnames never used alone as an alias: too common, or ordinary words and names.
COMMON_SURNAMES = (
    "Khan; Singh; Kim; Lee; Li; Wang; Zhang; Park; Ali; Ahmed; Ahmad; Hussain; Hussein; Hassan;"
    " Mohammed; Muhammad; Mohamed; Brown; Smith; Johnson; Jones; Williams; Miller; Davis; Wilson;"
    " Moore; Taylor; Thomas; Jackson; White; Harris; Martin; Young; King; May; Rice; Sanchez;"
    " Sánchez; Fernandez; Fernández; Rodriguez; Rodríguez; Garcia; García; Lopez; López; Gonzalez;"
    " González; Castro; Blair; Gates; Carter; Young; Cohen; Katz; Green; Hill; Hall; Wood; Kerry;"
    " Grant; Scott; Major; Ford; Bush; Clinton; Obama; Trump; Biden; Putin; Abe; Kan; Aso; Hun;"
    " Ortega; Santos; Costa; Dan; Wong; Salman; Zayed; Said; Thani; Saleh; Abdullah; Faisal;"
    " Jonathan; Michel; Charles; Francis; Leo; Benedict; Philippe; Frederik; Felipe; Harald;"
    " Austin; Rubio; Vance; Waltz; Burns; Kirby; Carney; Anand; Blair; Joly; Wong; Marles;"
    " Dutton; Payne; Abbott; Howard; Gillard; Rudd; Morrison; Turnbull; Albanese"
)
# People whose last (or first) word is not what the press calls them alone.
NO_SURNAME = (
    "Lee Hsien Loong; Ban Ki-moon; Hun Sen; Hun Manet; Min Aung Hlaing; Aung San Suu Kyi;"
    " To Lam; Ma Ying-jeou; Kim Jong Il; Kim Jong Un; Kim Yo Jong; Tamim bin Hamad Al Thani;"
    " Mohammed bin Abdulrahman Al Thani; Khalifa bin Zayed; Mohamed bin Zayed; Abdullah bin Zayed;"
    " Haitham bin Tariq; Faisal bin Farhan; Khalid bin Salman; Mohammed bin Salman;"
    " Marcelo Rebelo de Sousa; Luiz Inácio Lula da Silva; Nguyen Phu Trong; Pham Minh Chinh;"
    " Mohammed Shia al-Sudani; Abdul Latif Rashid; Mohammad Hasan Akhund; Amir Khan Muttaqi;"
    " Zafarullah Khan Jamali; Shahid Khaqan Abbasi; Raja Pervaiz Ashraf; Asif Ali Zardari;"
    " Bilawal Bhutto Zardari; Sheikh Hasina; Abdul-Malik al-Houthi; Ukhnaagiin Khürelsükh;"
    " Luvsannamsrain Oyun-Erdene; Khaltmaagiin Battulga; Mohamed Abdullahi Mohamed"
)

# Surnames above that still become aliases (listed there only to block false automatic splits)
# are given explicitly on the person's line instead, where they are unambiguous in news use.

PEOPLE = """
# ---------------------------------------------------------------- United States
@USA | President | GOV
Bill Clinton; William Jefferson Clinton; Clinton | 1993-01-20 | 2001-01-20
George W. Bush; George Bush; George Walker Bush; Bush | 2001-01-20 | 2009-01-20
Barack Obama; Barack Hussein Obama; Obama | 2009-01-20 | 2017-01-20
Donald Trump; Donald J. Trump; Trump | 2017-01-20 | 2021-01-20
Joe Biden; Joseph R. Biden; Joseph Biden; Joseph R. Biden Jr.; Biden | 2021-01-20 | 2025-01-20
Donald Trump | 2025-01-20 |
@USA | Vice President | GOV
Dick Cheney; Richard Cheney | 2001-01-20 | 2009-01-20
Joe Biden | 2009-01-20 | 2017-01-20
Mike Pence; Michael Pence | 2017-01-20 | 2021-01-20
Kamala Harris | 2021-01-20 | 2025-01-20
JD Vance; J.D. Vance; James David Vance; Vance | 2025-01-20 |
@USA | Foreign Minister | GOV
Colin Powell | 2001-01-20 | 2005-01-26
Condoleezza Rice | 2005-01-26 | 2009-01-20
Hillary Clinton; Hillary Rodham Clinton; Clinton | 2009-01-21 | 2013-02-01
John Kerry; Kerry | 2013-02-01 | 2017-01-20
Rex Tillerson | 2017-02-01 | 2018-03-31
Mike Pompeo; Michael Pompeo | 2018-04-26 | 2021-01-20
Antony Blinken; Tony Blinken | 2021-01-26 | 2025-01-20
Marco Rubio; Rubio | 2025-01-21 |
@USA | Defense Minister | GOV
Donald Rumsfeld | 2001-01-20 | 2006-12-18
Robert Gates | 2006-12-18 | 2011-06-30
Leon Panetta | 2011-07-01 | 2013-02-26
Chuck Hagel | 2013-02-27 | 2015-02-17
Ash Carter; Ashton Carter | 2015-02-17 | 2017-01-20
Jim Mattis; James Mattis | 2017-01-20 | 2019-01-01
Patrick Shanahan | 2019-01-01 | 2019-06-23
Mark Esper | 2019-07-23 | 2020-11-09
Lloyd Austin; Lloyd J. Austin | 2021-01-22 | 2025-01-20
Pete Hegseth | 2025-01-25 |
@USA | National Security Adviser | GOV
John Bolton | 2018-04-09 | 2019-09-10
Robert O'Brien | 2019-09-18 | 2021-01-20
Jake Sullivan | 2021-01-20 | 2025-01-20
Mike Waltz; Michael Waltz | 2025-01-20 | 2025-05-01
@USA CIA | Director | SPY
Mike Pompeo | 2017-01-23 | 2018-04-26
Gina Haspel | 2018-05-21 | 2021-01-20
William Burns; Bill Burns | 2021-03-19 | 2025-01-20
John Ratcliffe | 2025-01-23 |
@USA | Ambassador | GOV
Nikki Haley | 2017-01-27 | 2018-12-31
Linda Thomas-Greenfield | 2021-02-25 | 2025-01-20
@USA White House | Spokesperson | GOV
Jen Psaki | 2021-01-20 | 2022-05-13
Karine Jean-Pierre | 2022-05-13 | 2025-01-20
Karoline Leavitt | 2025-01-20 |
@USA | Spokesperson | GOV
John Kirby | 2021-01 | 2025-01-20
Matthew Miller | 2021-05 | 2025-01-20
@USA Congress | Speaker | LEG
Nancy Pelosi | 2019-01-03 | 2023-01-03
Kevin McCarthy | 2023-01-07 | 2023-10-03
Mike Johnson | 2023-10-25 |
@USA | Army Chief | MIL
Mark Milley | 2019-10-01 | 2023-09-30
Charles Q. Brown; CQ Brown; Charles Brown | 2023-10-01 | 2025-02-21
Dan Caine | 2025-04-11 |
# ---------------------------------------------------------------- Russia
@RUS | President | GOV
Boris Yeltsin | 1991-07-10 | 1999-12-31
Vladimir Putin; Vladimir Vladimirovich Putin; Putin | 1999-12-31 | 2008-05-07
Dmitry Medvedev; Dmitri Medvedev; Medvedev | 2008-05-07 | 2012-05-07
Vladimir Putin | 2012-05-07 |
@RUS | Prime Minister | GOV
Vladimir Putin | 1999-08-16 | 2000-05-07
Mikhail Kasyanov | 2000-05-17 | 2004-02-24
Mikhail Fradkov | 2004-03-05 | 2007-09-12
Viktor Zubkov | 2007-09-14 | 2008-05-07
Vladimir Putin | 2008-05-08 | 2012-05-07
Dmitry Medvedev | 2012-05-08 | 2020-01-16
Mikhail Mishustin | 2020-01-16 |
@RUS | Foreign Minister | GOV
Igor Ivanov | 1998-09-11 | 2004-03-09
Sergei Lavrov; Sergey Lavrov | 2004-03-09 |
@RUS | Defense Minister | GOV
Sergei Ivanov; Sergey Ivanov | 2001-03-28 | 2007-02-15
Anatoly Serdyukov | 2007-02-15 | 2012-11-06
Sergei Shoigu; Sergey Shoigu | 2012-11-06 | 2024-05-12
Andrei Belousov; Andrey Belousov | 2024-05-14 |
@RUS Kremlin | Spokesperson | GOV
Dmitry Peskov; Dmitri Peskov | 2012-05 |
@RUS | Spokesperson | GOV
Maria Zakharova | 2015-08-10 |
@RUS | Secretary | GOV
Nikolai Patrushev | 2008-05-12 | 2024-05-14
Sergei Shoigu | 2024-05-12 |
@RUS | Deputy Chairman of the Security Council | GOV
Dmitry Medvedev | 2020-01-16 |
@RUS | Army Chief | MIL
Valery Gerasimov | 2012-11-09 |
@RUS Federation Council | Speaker | LEG
Valentina Matviyenko | 2011-09-21 |
@RUS State Duma | Speaker | LEG
Vyacheslav Volodin | 2016-10-05 |
@RUS | Ambassador | GOV
Vassily Nebenzia; Vasily Nebenzya | 2017-07-27 |
@RUS | Governor | GOV
Ramzan Kadyrov | 2007-03-02 |
@RUS Wagner Group | Leader | UAF
Yevgeny Prigozhin | 2014 | 2023-08-23
@RUS | Opposition Leader | OPP
Alexei Navalny; Alexey Navalny | 2011 | 2024-02-16
# ---------------------------------------------------------------- Ukraine
@UKR | President | GOV
Leonid Kuchma | 1994-07-19 | 2005-01-23
Viktor Yushchenko | 2005-01-23 | 2010-02-25
Viktor Yanukovych | 2010-02-25 | 2014-02-22
Oleksandr Turchynov | 2014-02-23 | 2014-06-07
Petro Poroshenko | 2014-06-07 | 2019-05-20
Volodymyr Zelenskyy; Volodymyr Zelensky; Volodymyr Zelenskiy; Zelenskyy; Zelensky; Zelenskiy | 2019-05-20 |
@UKR | Prime Minister | GOV
Viktor Yanukovych | 2002-11-21 | 2005-01-05
Yulia Tymoshenko | 2005-01-24 | 2005-09-08
Yuriy Yekhanurov | 2005-09-22 | 2006-08-04
Viktor Yanukovych | 2006-08-04 | 2007-12-18
Yulia Tymoshenko | 2007-12-18 | 2010-03-04
Mykola Azarov | 2010-03-11 | 2014-01-28
Arseniy Yatsenyuk | 2014-02-27 | 2016-04-14
Volodymyr Groysman | 2016-04-14 | 2019-08-29
Oleksiy Honcharuk | 2019-08-29 | 2020-03-04
Denys Shmyhal | 2020-03-04 | 2025-07-17
Yulia Svyrydenko | 2025-07-17 |
@UKR | Foreign Minister | GOV
Pavlo Klimkin | 2014-06-19 | 2019-08-29
Vadym Prystaiko | 2019-08-29 | 2020-03-04
Dmytro Kuleba; Dmitro Kuleba | 2020-03-04 | 2024-09-05
Andrii Sybiha; Andriy Sybiha | 2024-09-05 |
@UKR | Defense Minister | GOV
Stepan Poltorak | 2014-10-14 | 2019-08-29
Andriy Zagorodnyuk | 2019-08-29 | 2020-03-04
Andriy Taran | 2020-03-04 | 2021-11-03
Oleksii Reznikov; Oleksiy Reznikov | 2021-11-04 | 2023-09-05
Rustem Umerov | 2023-09-06 | 2025-07-17
Denys Shmyhal | 2025-07-17 |
@UKR | Chief of Staff | GOV
Andriy Yermak; Andrii Yermak | 2020-02-11 |
@UKR | Army Chief | MIL
Valerii Zaluzhnyi; Valery Zaluzhny; Valeriy Zaluzhnyi | 2021-07-27 | 2024-02-08
Oleksandr Syrskyi; Oleksandr Syrsky | 2024-02-08 |
@UKR | Director | SPY
Kyrylo Budanov | 2020-08-05 |
@UKR | Mayor | GOV
Vitali Klitschko; Vitaliy Klitschko | 2014-06-05 |
@UKR Verkhovna Rada | Speaker | LEG
Ruslan Stefanchuk | 2021-10-08 |
# ---------------------------------------------------------------- United Kingdom
@GBR | Prime Minister | GOV
Tony Blair | 1997-05-02 | 2007-06-27
Gordon Brown | 2007-06-27 | 2010-05-11
David Cameron; Cameron | 2010-05-11 | 2016-07-13
Theresa May | 2016-07-13 | 2019-07-24
Boris Johnson | 2019-07-24 | 2022-09-06
Liz Truss; Truss | 2022-09-06 | 2022-10-25
Rishi Sunak | 2022-10-25 | 2024-07-05
Keir Starmer | 2024-07-05 |
@GBR | King | GOV
Queen Elizabeth II; Elizabeth II; Queen Elizabeth | 1952-02-06 | 2022-09-08
King Charles III; Charles III; King Charles | 2022-09-08 |
@GBR | Foreign Minister | GOV
Boris Johnson | 2016-07-13 | 2018-07-09
Jeremy Hunt | 2018-07-09 | 2019-07-24
Dominic Raab | 2019-07-24 | 2021-09-15
Liz Truss | 2021-09-15 | 2022-09-06
James Cleverly | 2022-09-06 | 2023-11-13
David Cameron | 2023-11-13 | 2024-07-05
David Lammy | 2024-07-05 | 2025-09-05
Yvette Cooper | 2025-09-05 |
@GBR | Defense Minister | GOV
Gavin Williamson | 2017-11-02 | 2019-05-01
Penny Mordaunt | 2019-05-01 | 2019-07-24
Ben Wallace | 2019-07-24 | 2023-08-31
Grant Shapps | 2023-08-31 | 2024-07-05
John Healey | 2024-07-05 |
# ---------------------------------------------------------------- Germany
@DEU | Chancellor | GOV
Gerhard Schröder; Gerhard Schroeder; Gerhard Schroder | 1998-10-27 | 2005-11-22
Angela Merkel | 2005-11-22 | 2021-12-08
Olaf Scholz | 2021-12-08 | 2025-05-06
Friedrich Merz | 2025-05-06 |
@DEU | President | GOV
Johannes Rau | 1999-07-01 | 2004-06-30
Horst Köhler; Horst Koehler | 2004-07-01 | 2010-05-31
Christian Wulff | 2010-06-30 | 2012-02-17
Joachim Gauck | 2012-03-18 | 2017-03-18
Frank-Walter Steinmeier | 2017-03-19 |
@DEU | Foreign Minister | GOV
Joschka Fischer | 1998-10-27 | 2005-11-22
Frank-Walter Steinmeier | 2005-11-22 | 2009-10-28
Guido Westerwelle | 2009-10-28 | 2013-12-17
Frank-Walter Steinmeier | 2013-12-17 | 2017-01-27
Sigmar Gabriel | 2017-01-27 | 2018-03-14
Heiko Maas | 2018-03-14 | 2021-12-08
Annalena Baerbock | 2021-12-08 | 2025-05-06
Johann Wadephul | 2025-05-06 |
@DEU | Defense Minister | GOV
Ursula von der Leyen | 2013-12-17 | 2019-07-17
Annegret Kramp-Karrenbauer | 2019-07-17 | 2021-12-08
Christine Lambrecht | 2021-12-08 | 2023-01-19
Boris Pistorius | 2023-01-19 |
# ---------------------------------------------------------------- France
@FRA | President | GOV
Jacques Chirac | 1995-05-17 | 2007-05-16
Nicolas Sarkozy | 2007-05-16 | 2012-05-15
François Hollande; Francois Hollande | 2012-05-15 | 2017-05-14
Emmanuel Macron | 2017-05-14 |
@FRA | Prime Minister | GOV
Lionel Jospin | 1997-06-02 | 2002-05-06
Jean-Pierre Raffarin | 2002-05-06 | 2005-05-31
Dominique de Villepin | 2005-05-31 | 2007-05-17
François Fillon; Francois Fillon | 2007-05-17 | 2012-05-15
Jean-Marc Ayrault | 2012-05-16 | 2014-03-31
Manuel Valls | 2014-03-31 | 2016-12-06
Bernard Cazeneuve | 2016-12-06 | 2017-05-15
Édouard Philippe; Edouard Philippe | 2017-05-15 | 2020-07-03
Jean Castex | 2020-07-03 | 2022-05-16
Élisabeth Borne; Elisabeth Borne | 2022-05-16 | 2024-01-09
Gabriel Attal | 2024-01-09 | 2024-09-05
Michel Barnier; Barnier | 2024-09-05 | 2024-12-13
François Bayrou; Francois Bayrou | 2024-12-13 | 2025-09-09
Sébastien Lecornu; Sebastien Lecornu | 2025-09-09 |
@FRA | Foreign Minister | GOV
Jean-Yves Le Drian | 2017-05-17 | 2022-05-20
Catherine Colonna | 2022-05-20 | 2024-01-11
Stéphane Séjourné; Stephane Sejourne | 2024-01-11 | 2024-09-21
Jean-Noël Barrot; Jean-Noel Barrot | 2024-09-21 |
@FRA | Defense Minister | GOV
Florence Parly | 2017-06-21 | 2022-05-20
Sébastien Lecornu | 2022-05-20 | 2025-09-09
# ---------------------------------------------------------------- Italy
@ITA | Prime Minister | GOV
Silvio Berlusconi | 2001-06-11 | 2006-05-17
Romano Prodi | 2006-05-17 | 2008-05-08
Silvio Berlusconi | 2008-05-08 | 2011-11-16
Mario Monti | 2011-11-16 | 2013-04-28
Enrico Letta | 2013-04-28 | 2014-02-22
Matteo Renzi | 2014-02-22 | 2016-12-12
Paolo Gentiloni | 2016-12-12 | 2018-06-01
Giuseppe Conte | 2018-06-01 | 2021-02-13
Mario Draghi | 2021-02-13 | 2022-10-22
Giorgia Meloni | 2022-10-22 |
@ITA | President | GOV
Giorgio Napolitano | 2006-05-15 | 2015-01-14
Sergio Mattarella | 2015-02-03 |
@ITA | Foreign Minister | GOV
Enzo Moavero Milanesi | 2018-06-01 | 2019-09-05
Luigi Di Maio | 2019-09-05 | 2022-10-22
Antonio Tajani | 2022-10-22 |
@ITA | Defense Minister | GOV
Elisabetta Trenta | 2018-06-01 | 2019-09-05
Lorenzo Guerini | 2019-09-05 | 2022-10-22
Guido Crosetto | 2022-10-22 |
# ---------------------------------------------------------------- Spain
@ESP | Prime Minister | GOV
José María Aznar; Jose Maria Aznar | 1996-05-05 | 2004-04-17
José Luis Rodríguez Zapatero; Jose Luis Rodriguez Zapatero; Zapatero | 2004-04-17 | 2011-12-21
Mariano Rajoy | 2011-12-21 | 2018-06-02
Pedro Sánchez; Pedro Sanchez | 2018-06-02 |
@ESP | King | GOV
King Juan Carlos; Juan Carlos I | 1975-11-22 | 2014-06-18
King Felipe VI; Felipe VI; King Felipe | 2014-06-19 |
@ESP | Foreign Minister | GOV
Josep Borrell | 2018-06-07 | 2019-11-29
Arancha González Laya; Arancha Gonzalez Laya | 2020-01-13 | 2021-07-12
José Manuel Albares; Jose Manuel Albares | 2021-07-12 |
@ESP | Defense Minister | GOV
Margarita Robles | 2018-06-07 |
# ---------------------------------------------------------------- Japan
@JPN | Prime Minister | GOV
Yoshiro Mori | 2000-04-05 | 2001-04-26
Junichiro Koizumi | 2001-04-26 | 2006-09-26
Shinzo Abe; Abe | 2006-09-26 | 2007-09-26
Yasuo Fukuda | 2007-09-26 | 2008-09-24
Taro Aso | 2008-09-24 | 2009-09-16
Yukio Hatoyama | 2009-09-16 | 2010-06-08
Naoto Kan | 2010-06-08 | 2011-09-02
Yoshihiko Noda | 2011-09-02 | 2012-12-26
Shinzo Abe | 2012-12-26 | 2020-09-16
Yoshihide Suga | 2020-09-16 | 2021-10-04
Fumio Kishida | 2021-10-04 | 2024-10-01
Shigeru Ishiba | 2024-10-01 | 2025-10-21
Sanae Takaichi | 2025-10-21 |
@JPN | Foreign Minister | GOV
Fumio Kishida | 2012-12-26 | 2017-08-03
Taro Kono | 2017-08-03 | 2019-09-11
Toshimitsu Motegi | 2019-09-11 | 2021-11-04
Yoshimasa Hayashi | 2021-11-10 | 2023-09-13
Yoko Kamikawa | 2023-09-13 | 2024-10-01
Takeshi Iwaya | 2024-10-01 | 2025-10-21
Toshimitsu Motegi | 2025-10-21 |
@JPN | Defense Minister | GOV
Takeshi Iwaya | 2018-10-02 | 2019-09-11
Taro Kono | 2019-09-11 | 2020-09-16
Nobuo Kishi | 2020-09-16 | 2022-08-10
Yasukazu Hamada | 2022-08-10 | 2023-09-13
Minoru Kihara | 2023-09-13 | 2024-10-01
Gen Nakatani | 2024-10-01 | 2025-10-21
Shinjiro Koizumi | 2025-10-21 |
# ---------------------------------------------------------------- China, Taiwan, Koreas
@CHN | President | GOV
Jiang Zemin; Jiang | 1993-03-27 | 2003-03-15
Hu Jintao; Hu | 2003-03-15 | 2013-03-14
Xi Jinping; Xi | 2013-03-14 |
@CHN | Prime Minister | GOV
Zhu Rongji; Zhu | 1998-03-17 | 2003-03-16
Wen Jiabao; Wen | 2003-03-16 | 2013-03-15
Li Keqiang | 2013-03-15 | 2023-03-11
Li Qiang | 2023-03-11 |
@CHN | Foreign Minister | GOV
Li Zhaoxing | 2003-03-17 | 2007-04-27
Yang Jiechi | 2007-04-27 | 2013-03-16
Wang Yi | 2013-03-16 | 2022-12-30
Qin Gang | 2022-12-30 | 2023-07-25
Wang Yi | 2023-07-25 |
@CHN | Defense Minister | GOV
Wei Fenghe | 2018-03-19 | 2023-03-12
Li Shangfu | 2023-03-12 | 2023-10-24
Dong Jun | 2023-12-29 |
@CHN | Spokesperson | GOV
Zhao Lijian | 2020-02 | 2023-01
Wang Wenbin | 2020-07 | 2024-01
Mao Ning | 2022-09 |
Lin Jian | 2024-01 |
@TWN | President | GOV
Chen Shui-bian | 2000-05-20 | 2008-05-20
Ma Ying-jeou | 2008-05-20 | 2016-05-20
Tsai Ing-wen; Tsai | 2016-05-20 | 2024-05-20
Lai Ching-te; William Lai; Lai | 2024-05-20 |
@TWN | Prime Minister | GOV
Su Tseng-chang | 2019-01-14 | 2023-01-31
Chen Chien-jen | 2023-01-31 | 2024-05-20
Cho Jung-tai | 2024-05-20 |
@TWN | Foreign Minister | GOV
Joseph Wu | 2018-02-26 | 2024-05-20
Lin Chia-lung | 2024-05-20 |
@TWN | Defense Minister | GOV
Chiu Kuo-cheng | 2021-02-23 | 2024-05-20
Wellington Koo | 2024-05-20 |
@KOR | President | GOV
Kim Dae-jung | 1998-02-25 | 2003-02-24
Roh Moo-hyun | 2003-02-25 | 2008-02-24
Lee Myung-bak | 2008-02-25 | 2013-02-24
Park Geun-hye | 2013-02-25 | 2017-03-10
Moon Jae-in; Moon | 2017-05-10 | 2022-05-09
Yoon Suk Yeol; Yoon Suk-yeol; Yoon | 2022-05-10 | 2025-04-04
Lee Jae-myung | 2025-06-04 |
@KOR | Foreign Minister | GOV
Kang Kyung-wha | 2017-06-18 | 2021-02-08
Chung Eui-yong | 2021-02-09 | 2022-05-10
Park Jin | 2022-05-12 | 2024-01-10
Cho Tae-yul | 2024-01-11 | 2025-06
@KOR | Defense Minister | GOV
Jeong Kyeong-doo | 2018-09-21 | 2020-09-18
Suh Wook | 2020-09-18 | 2022-05-10
Lee Jong-sup | 2022-05-10 | 2023-10-06
Shin Won-sik | 2023-10-07 | 2024-09-06
Kim Yong-hyun | 2024-09-06 | 2024-12-05
@PRK | Leader | GOV
Kim Jong Il; Kim Jong-il | 1994-07-08 | 2011-12-17
Kim Jong Un; Kim Jong-un | 2011-12-17 |
@PRK | Foreign Minister | GOV
Ri Yong Ho; Ri Yong-ho | 2016-05 | 2020-01
Ri Son Gwon; Ri Son-gwon | 2020-01 | 2022-06
Choe Son Hui; Choe Son-hui | 2022-06-11 |
@PRK | Official | GOV
Kim Yo Jong; Kim Yo-jong | 2014 |
# ---------------------------------------------------------------- South and Central Asia
@IND | Prime Minister | GOV
Atal Bihari Vajpayee; Vajpayee | 1998-03-19 | 2004-05-22
Manmohan Singh | 2004-05-22 | 2014-05-26
Narendra Modi; Modi | 2014-05-26 |
@IND | President | GOV
A.P.J. Abdul Kalam; Abdul Kalam | 2002-07-25 | 2007-07-25
Pratibha Patil | 2007-07-25 | 2012-07-25
Pranab Mukherjee | 2012-07-25 | 2017-07-25
Ram Nath Kovind | 2017-07-25 | 2022-07-25
Droupadi Murmu | 2022-07-25 |
@IND | Foreign Minister | GOV
Sushma Swaraj | 2014-05-26 | 2019-05-30
Subrahmanyam Jaishankar; S. Jaishankar; Jaishankar | 2019-05-30 |
@IND | Defense Minister | GOV
Nirmala Sitharaman | 2017-09-03 | 2019-05-30
Rajnath Singh | 2019-05-31 |
@PAK | President | GOV
Pervez Musharraf; Musharraf | 2001-06-20 | 2008-08-18
Asif Ali Zardari | 2008-09-09 | 2013-09-09
Mamnoon Hussain | 2013-09-09 | 2018-09-09
Arif Alvi | 2018-09-09 | 2024-03-10
Asif Ali Zardari | 2024-03-10 |
@PAK | Prime Minister | GOV
Zafarullah Khan Jamali | 2002-11-23 | 2004-06-26
Shaukat Aziz | 2004-08-28 | 2007-11-15
Yousaf Raza Gilani; Yousuf Raza Gilani | 2008-03-25 | 2012-06-19
Raja Pervaiz Ashraf | 2012-06-22 | 2013-03-25
Nawaz Sharif | 2013-06-05 | 2017-07-28
Shahid Khaqan Abbasi | 2017-08-01 | 2018-05-31
Imran Khan | 2018-08-18 | 2022-04-10
Shehbaz Sharif; Shahbaz Sharif | 2022-04-11 | 2023-08-14
Anwaar-ul-Haq Kakar | 2023-08-14 | 2024-03-04
Shehbaz Sharif | 2024-03-04 |
@PAK | Foreign Minister | GOV
Shah Mahmood Qureshi | 2018-08-20 | 2022-04-10
Bilawal Bhutto Zardari | 2022-04-27 | 2023-08-10
Jalil Abbas Jilani | 2023-08-17 | 2024-03-04
Ishaq Dar | 2024-03-11 |
@PAK | Defense Minister | GOV
Pervez Khattak | 2018-08-20 | 2022-04-10
Khawaja Asif | 2022-04-19 | 2023-08-10
Khawaja Asif | 2024-03-11 |
@PAK | Army Chief | MIL
Qamar Javed Bajwa | 2016-11-29 | 2022-11-29
Asim Munir | 2022-11-29 |
@AFG | President | GOV
Hamid Karzai; Karzai | 2001-12-22 | 2014-09-29
Ashraf Ghani | 2014-09-29 | 2021-08-15
@AFG Taliban | Leader | REB
Mullah Mohammed Omar; Mullah Omar | 2001-11-13 | 2013-04-23
Hibatullah Akhundzada; Haibatullah Akhundzada | 2016-05-25 | 2021-08-15
@AFG Taliban | Supreme Leader | GOV
Mullah Mohammed Omar | 1996-09-27 | 2001-11-13
Hibatullah Akhundzada | 2021-08-15 |
@AFG Taliban | Prime Minister | GOV
Mohammad Hasan Akhund | 2021-09-07 |
@AFG Taliban | Foreign Minister | GOV
Amir Khan Muttaqi | 2021-09-07 |
@AFG Taliban | Spokesperson | GOV
Zabihullah Mujahid | 2021-08-15 |
@BGD | Prime Minister | GOV
Sheikh Hasina | 2009-01-06 | 2024-08-05
Muhammad Yunus | 2024-08-08 |
@LKA | President | GOV
Gotabaya Rajapaksa | 2019-11-18 | 2022-07-14
Ranil Wickremesinghe | 2022-07-21 | 2024-09-23
Anura Kumara Dissanayake | 2024-09-23 |
@KAZ | President | GOV
Nursultan Nazarbayev | 1990-04-24 | 2019-03-20
Kassym-Jomart Tokayev | 2019-03-20 |
@UZB | President | GOV
Islam Karimov | 1990-03-24 | 2016-09-02
Shavkat Mirziyoyev | 2016-09-08 |
@KGZ | President | GOV
Sadyr Japarov | 2021-01-28 |
@TJK | President | GOV
Emomali Rahmon | 1994-11-16 |
@TKM | President | GOV
Gurbanguly Berdimuhamedow; Gurbanguly Berdymukhamedov | 2007-02-14 | 2022-03-19
Serdar Berdimuhamedow; Serdar Berdymukhamedov | 2022-03-19 |
@MNG | President | GOV
Khaltmaagiin Battulga | 2017-07-10 | 2021-06-25
Ukhnaagiin Khürelsükh; Ukhnaagiin Khurelsukh; Khurelsukh | 2021-06-25 |
@MNG | Prime Minister | GOV
Ukhnaagiin Khürelsükh | 2017-10-04 | 2021-01-27
Luvsannamsrain Oyun-Erdene | 2021-01-27 | 2025-06
# ---------------------------------------------------------------- Southeast Asia and Pacific
@MMR | Leader | GOV
Aung San Suu Kyi; Suu Kyi | 2016-04-06 | 2021-02-01
@MMR | Commander | MIL
Min Aung Hlaing | 2011-03-30 | 2021-02-01
@MMR | Leader | GOV
Min Aung Hlaing | 2021-02-01 |
@THA | Prime Minister | GOV
Thaksin Shinawatra; Thaksin | 2001-02-09 | 2006-09-19
Yingluck Shinawatra; Yingluck | 2011-08-05 | 2014-05-07
Prayut Chan-o-cha; Prayuth Chan-ocha; Prayut; Prayuth | 2014-08-24 | 2023-08-22
Srettha Thavisin; Srettha | 2023-08-22 | 2024-08-14
Paetongtarn Shinawatra; Paetongtarn | 2024-08-16 | 2025-08-29
Anutin Charnvirakul; Anutin | 2025-09-07 |
@VNM | Leader | GOV
Nguyen Phu Trong; Trong | 2011-01-19 | 2024-07-19
To Lam | 2024-08-03 |
@VNM | Prime Minister | GOV
Pham Minh Chinh; Chinh | 2021-04-05 |
@PHL | President | GOV
Gloria Macapagal Arroyo | 2001-01-20 | 2010-06-30
Benigno Aquino III | 2010-06-30 | 2016-06-30
Rodrigo Duterte | 2016-06-30 | 2022-06-30
Ferdinand Marcos Jr.; Ferdinand Marcos; Bongbong Marcos; Marcos | 2022-06-30 |
@MYS | Prime Minister | GOV
Mahathir Mohamad; Mahathir | 1981-07-16 | 2003-10-31
Najib Razak; Najib | 2009-04-03 | 2018-05-10
Mahathir Mohamad | 2018-05-10 | 2020-03-01
Muhyiddin Yassin; Muhyiddin | 2020-03-01 | 2021-08-16
Ismail Sabri Yaakob | 2021-08-21 | 2022-11-24
Anwar Ibrahim; Anwar | 2022-11-24 |
@SGP | Prime Minister | GOV
Lee Hsien Loong | 2004-08-12 | 2024-05-15
Lawrence Wong | 2024-05-15 |
@KHM | Prime Minister | GOV
Hun Sen | 1985-01-14 | 2023-08-22
Hun Manet | 2023-08-22 |
@IDN | President | GOV
Megawati Sukarnoputri; Megawati | 2001-07-23 | 2004-10-20
Susilo Bambang Yudhoyono; Yudhoyono | 2004-10-20 | 2014-10-20
Joko Widodo; Jokowi | 2014-10-20 | 2024-10-20
Prabowo Subianto; Prabowo | 2024-10-20 |
@IDN | Defense Minister | GOV
Prabowo Subianto | 2019-10-23 | 2024-10-20
@IDN | Foreign Minister | GOV
Retno Marsudi | 2014-10-27 | 2024-10-20
@AUS | Prime Minister | GOV
John Howard | 1996-03-11 | 2007-12-03
Kevin Rudd | 2007-12-03 | 2010-06-24
Julia Gillard | 2010-06-24 | 2013-06-27
Kevin Rudd | 2013-06-27 | 2013-09-18
Tony Abbott | 2013-09-18 | 2015-09-15
Malcolm Turnbull | 2015-09-15 | 2018-08-24
Scott Morrison | 2018-08-24 | 2022-05-23
Anthony Albanese; Albanese | 2022-05-23 |
@AUS | Foreign Minister | GOV
Marise Payne | 2018-08-28 | 2022-05-23
Penny Wong | 2022-05-23 |
@AUS | Defense Minister | GOV
Linda Reynolds | 2019-05-29 | 2021-03-30
Peter Dutton | 2021-03-30 | 2022-05-23
Richard Marles | 2022-06-01 |
@NZL | Prime Minister | GOV
Jacinda Ardern; Ardern | 2017-10-26 | 2023-01-25
Chris Hipkins | 2023-01-25 | 2023-11-27
Christopher Luxon | 2023-11-27 |
# ---------------------------------------------------------------- Middle East
@ISR | Prime Minister | GOV
Benjamin Netanyahu; Bibi Netanyahu; Netanyahu | 1996-06-18 | 1999-07-06
Ehud Barak | 1999-07-06 | 2001-03-07
Ariel Sharon | 2001-03-07 | 2006-04-14
Ehud Olmert | 2006-04-14 | 2009-03-31
Benjamin Netanyahu | 2009-03-31 | 2021-06-13
Naftali Bennett | 2021-06-13 | 2022-06-30
Yair Lapid | 2022-07-01 | 2022-12-29
Benjamin Netanyahu | 2022-12-29 |
@ISR | President | GOV
Shimon Peres | 2007-07-15 | 2014-07-24
Reuven Rivlin | 2014-07-24 | 2021-07-07
Isaac Herzog | 2021-07-07 |
@ISR | Foreign Minister | GOV
Israel Katz | 2019-02-17 | 2020-05-17
Gabi Ashkenazi | 2020-05-17 | 2021-06-13
Yair Lapid | 2021-06-13 | 2022-12-29
Eli Cohen | 2022-12-29 | 2024-01-01
Israel Katz | 2024-01-01 | 2024-11-05
Gideon Saar; Gideon Sa'ar | 2024-11-07 |
@ISR | Defense Minister | GOV
Avigdor Lieberman; Avigdor Liberman | 2016-05-30 | 2018-11-20
Naftali Bennett | 2019-11-12 | 2020-05-17
Benny Gantz | 2020-05-17 | 2022-12-29
Yoav Gallant | 2022-12-29 | 2024-11-05
Israel Katz | 2024-11-05 |
@ISR IDF | Army Chief | MIL
Aviv Kochavi | 2019-01-15 | 2023-01-16
Herzi Halevi | 2023-01-16 | 2025-03-05
Eyal Zamir | 2025-03-05 |
@IRN | Supreme Leader | GOV
Ali Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei; Khamenei | 1989-06-04 |
@IRN | President | GOV
Mohammad Khatami | 1997-08-03 | 2005-08-03
Mahmoud Ahmadinejad | 2005-08-03 | 2013-08-03
Hassan Rouhani; Hassan Rohani | 2013-08-03 | 2021-08-03
Ebrahim Raisi | 2021-08-03 | 2024-05-19
Mohammad Mokhber | 2024-05-19 | 2024-07-28
Masoud Pezeshkian | 2024-07-28 |
@IRN | Foreign Minister | GOV
Mohammad Javad Zarif; Javad Zarif | 2013-08-15 | 2021-08-25
Hossein Amir-Abdollahian; Hossein Amirabdollahian | 2021-08-25 | 2024-05-19
Abbas Araghchi | 2024-08-21 |
@IRN | Defense Minister | GOV
Amir Hatami | 2017-08-20 | 2021-08-25
Mohammad-Reza Ashtiani | 2021-08-25 | 2024-08-21
Aziz Nasirzadeh | 2024-08-21 |
@IRN IRGC | Commander | MIL
Qassem Soleimani; Qasem Soleimani | 1998 | 2020-01-03
@TUR | President | GOV
Ahmet Necdet Sezer | 2000-05-16 | 2007-08-28
Abdullah Gül; Abdullah Gul | 2007-08-28 | 2014-08-28
Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Tayyip Erdogan; Erdogan; Erdoğan | 2014-08-28 |
@TUR | Prime Minister | GOV
Abdullah Gül | 2002-11-18 | 2003-03-14
Recep Tayyip Erdoğan | 2003-03-14 | 2014-08-28
Ahmet Davutoğlu; Ahmet Davutoglu | 2014-08-28 | 2016-05-24
Binali Yıldırım; Binali Yildirim | 2016-05-24 | 2018-07-09
@TUR | Foreign Minister | GOV
Ahmet Davutoğlu | 2009-05-01 | 2014-08-29
Mevlüt Çavuşoğlu; Mevlut Cavusoglu | 2014-08-29 | 2023-06-04
Hakan Fidan | 2023-06-04 |
@TUR | Defense Minister | GOV
Hulusi Akar | 2018-07-10 | 2023-06-04
Yaşar Güler; Yasar Guler | 2023-06-04 |
@SAU | King | GOV
Fahd bin Abdulaziz; King Fahd bin Abdulaziz | 1982-06-13 | 2005-08-01
Abdullah bin Abdulaziz; King Abdullah bin Abdulaziz | 2005-08-01 | 2015-01-23
King Salman; Salman bin Abdulaziz | 2015-01-23 |
@SAU | Crown Prince | GOV
Mohammed bin Salman; Mohammad bin Salman; MBS | 2017-06-21 |
@SAU | Defense Minister | GOV
Mohammed bin Salman | 2015-01-23 | 2017-06-21
Khalid bin Salman | 2022-09-27 |
@SAU | Foreign Minister | GOV
Adel al-Jubeir | 2015-04-29 | 2018-12-27
Ibrahim al-Assaf | 2018-12-27 | 2019-10-23
Faisal bin Farhan | 2019-10-23 |
@EGY | President | GOV
Hosni Mubarak; Mubarak | 1981-10-14 | 2011-02-11
Mohamed Hussein Tantawi; Tantawi | 2011-02-11 | 2012-06-30
Mohamed Morsi; Mohammed Morsi; Morsi | 2012-06-30 | 2013-07-03
Adly Mansour | 2013-07-04 | 2014-06-08
Abdel Fattah el-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi; el-Sisi; al-Sisi; Sisi | 2014-06-08 |
@EGY | Foreign Minister | GOV
Sameh Shoukry | 2014-06-17 | 2024-07-03
Badr Abdelatty | 2024-07-03 |
@SYR | President | GOV
Hafez al-Assad | 1971-03-12 | 2000-06-10
Bashar al-Assad; Bashar Assad; Assad | 2000-07-17 | 2024-12-08
Ahmed al-Sharaa; Ahmad al-Sharaa; al-Sharaa; Sharaa | 2024-12-08 |
@SYR Hayat Tahrir al-Sham | Leader | REB
Ahmed al-Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; Abu Mohammed al-Golani; Jolani; Julani | 2012 | 2024-12-08
@SYR | Foreign Minister | GOV
Walid Muallem; Walid al-Moallem | 2006-02-11 | 2020-11-16
Faisal Mekdad | 2020-11-22 | 2024-12-08
Asaad al-Shaibani; Asaad Hassan al-Shaibani | 2024-12-21 |
@IRQ | President | GOV
Saddam Hussein; Saddam | 1979-07-16 | 2003-04-09
Jalal Talabani | 2005-04-07 | 2014-07-24
Fuad Masum | 2014-07-24 | 2018-10-02
Barham Salih | 2018-10-02 | 2022-10-17
Abdul Latif Rashid | 2022-10-17 |
@IRQ | Prime Minister | GOV
Ayad Allawi | 2004-06-28 | 2005-05-03
Ibrahim al-Jaafari | 2005-05-03 | 2006-05-20
Nouri al-Maliki; Nuri al-Maliki; Maliki | 2006-05-20 | 2014-09-08
Haider al-Abadi; Abadi | 2014-09-08 | 2018-10-25
Adil Abdul-Mahdi | 2018-10-25 | 2020-05-07
Mustafa al-Kadhimi | 2020-05-07 | 2022-10-27
Mohammed Shia al-Sudani; Mohammed Shia' al-Sudani | 2022-10-27 |
@IRQ | Foreign Minister | GOV
Fuad Hussein | 2020-06-06 |
@JOR | King | GOV
King Abdullah II; Abdullah II | 1999-02-07 |
@JOR | Foreign Minister | GOV
Ayman Safadi | 2017-01-15 |
@LBN | President | GOV
Michel Aoun | 2016-10-31 | 2022-10-30
Joseph Aoun | 2025-01-09 |
@LBN | Prime Minister | GOV
Saad Hariri | 2016-12-18 | 2020-01-21
Najib Mikati | 2021-09-10 | 2025-02-08
Nawaf Salam | 2025-02-08 |
@LBN Hezbollah | Leader | REB
Hassan Nasrallah; Nasrallah | 1992-02-16 | 2024-09-27
Naim Qassem | 2024-10-29 |
@PSE | President | GOV
Yasser Arafat; Arafat | 1994-07-05 | 2004-11-11
Mahmoud Abbas | 2005-01-15 |
@PSE | Prime Minister | GOV
Mohammad Shtayyeh | 2019-04-13 | 2024-03-31
Mohammad Mustafa | 2024-03-31 |
@PSE Hamas | Leader | REB
Khaled Mashal; Khaled Meshaal | 1996 | 2017-05-06
Ismail Haniyeh | 2017-05-06 | 2024-07-31
Yahya Sinwar | 2024-08-06 | 2024-10-16
@QAT | Emir | GOV
Tamim bin Hamad Al Thani; Sheikh Tamim | 2013-06-25 |
@QAT | Prime Minister | GOV
Mohammed bin Abdulrahman Al Thani | 2023-03-07 |
@ARE | President | GOV
Khalifa bin Zayed | 2004-11-03 | 2022-05-13
Mohamed bin Zayed; Mohammed bin Zayed; MBZ | 2022-05-14 |
@ARE | Foreign Minister | GOV
Abdullah bin Zayed | 2006-02-09 |
@OMN | Sultan | GOV
Sultan Qaboos; Qaboos bin Said | 1970-07-23 | 2020-01-10
Haitham bin Tariq | 2020-01-11 |
@YEM | President | GOV
Ali Abdullah Saleh | 1990-05-22 | 2012-02-25
Abdrabbuh Mansur Hadi | 2012-02-25 | 2022-04-07
Rashad al-Alimi | 2022-04-07 |
@YEM Houthis | Leader | REB
Abdul-Malik al-Houthi; Abdul Malik al-Houthi | 2004-09 |
@LBY | Leader | GOV
Moammar Gadhafi; Muammar Gaddafi; Moammar Gadhafi; Gadhafi; Gaddafi | 1969-09-01 | 2011-10-20
@LBY | Prime Minister | GOV
Fayez al-Sarraj | 2016-03-30 | 2021-03-15
Abdul Hamid Dbeibah; Abdulhamid Dbeibah; Dbeibah | 2021-03-15 |
@LBY | Commander | MIL
Khalifa Haftar; Khalifa Hifter; Haftar; Hifter | 2014 |
@TUN | President | GOV
Kais Saied | 2019-10-23 |
@DZA | President | GOV
Abdelaziz Bouteflika | 1999-04-27 | 2019-04-02
Abdelmadjid Tebboune | 2019-12-19 |
@MAR | King | GOV
King Mohammed VI; Mohammed VI | 1999-07-23 |
# ---------------------------------------------------------------- Africa
@NGA | President | GOV
Olusegun Obasanjo | 1999-05-29 | 2007-05-29
Umaru Musa Yar'Adua; Umaru Yar'Adua | 2007-05-29 | 2010-05-05
Goodluck Jonathan | 2010-05-06 | 2015-05-29
Muhammadu Buhari; Buhari | 2015-05-29 | 2023-05-29
Bola Tinubu; Bola Ahmed Tinubu | 2023-05-29 |
@ETH | Prime Minister | GOV
Meles Zenawi; Meles | 1995-08-23 | 2012-08-20
Hailemariam Desalegn | 2012-08-21 | 2018-04-02
Abiy Ahmed; Abiy | 2018-04-02 |
@SDN | President | GOV
Omar al-Bashir; Omar Hassan al-Bashir; Bashir | 1989-06-30 | 2019-04-11
Abdel Fattah al-Burhan; Burhan | 2019-08-21 |
@SDN | Prime Minister | GOV
Abdalla Hamdok; Abdallah Hamdok | 2019-08-21 | 2022-01-02
@SDN Rapid Support Forces | Commander | PRM
Mohamed Hamdan Dagalo; Hemedti | 2013 |
@SSD | President | GOV
Salva Kiir; Salva Kiir Mayardit | 2011-07-09 |
@UGA | President | GOV
Yoweri Museveni; Museveni | 1986-01-29 |
@KEN | President | GOV
Mwai Kibaki | 2002-12-30 | 2013-04-09
Uhuru Kenyatta | 2013-04-09 | 2022-09-13
William Ruto | 2022-09-13 |
@TZA | President | GOV
John Magufuli | 2015-11-05 | 2021-03-17
Samia Suluhu Hassan | 2021-03-19 |
@RWA | President | GOV
Paul Kagame; Kagame | 2000-04-22 |
@COD | President | GOV
Joseph Kabila | 2001-01-26 | 2019-01-24
Félix Tshisekedi; Felix Tshisekedi; Tshisekedi | 2019-01-24 |
@SOM | President | GOV
Hassan Sheikh Mohamud | 2012-09-16 | 2017-02-16
Mohamed Abdullahi Mohamed; Farmaajo | 2017-02-16 | 2022-05-23
Hassan Sheikh Mohamud | 2022-05-23 |
@MLI | President | GOV
Ibrahim Boubacar Keïta; Ibrahim Boubacar Keita | 2013-09-04 | 2020-08-18
Assimi Goïta; Assimi Goita | 2021-05-24 |
@BFA | President | GOV
Roch Marc Christian Kaboré; Roch Marc Christian Kabore | 2015-12-29 | 2022-01-24
Paul-Henri Sandaogo Damiba | 2022-01-24 | 2022-09-30
Ibrahim Traoré; Ibrahim Traore | 2022-09-30 |
@NER | President | GOV
Mohamed Bazoum; Bazoum | 2021-04-02 | 2023-07-26
Abdourahamane Tchiani; Abdourahamane Tiani | 2023-07-26 |
@TCD | President | GOV
Idriss Déby; Idriss Deby | 1990-12-02 | 2021-04-20
Mahamat Idriss Déby; Mahamat Deby | 2021-04-20 |
@ZWE | President | GOV
Robert Mugabe; Mugabe | 1987-12-31 | 2017-11-21
Emmerson Mnangagwa; Mnangagwa | 2017-11-24 |
@ZAF | President | GOV
Thabo Mbeki | 1999-06-14 | 2008-09-24
Kgalema Motlanthe | 2008-09-25 | 2009-05-09
Jacob Zuma | 2009-05-09 | 2018-02-14
Cyril Ramaphosa; Ramaphosa | 2018-02-15 |
@ZAF | Foreign Minister | GOV
Naledi Pandor | 2019-05-30 | 2024-06-30
Ronald Lamola | 2024-07-03 |
@GHA | President | GOV
John Mahama; John Dramani Mahama | 2012-07-24 | 2017-01-07
Nana Akufo-Addo | 2017-01-07 | 2025-01-07
John Mahama | 2025-01-07 |
@SEN | President | GOV
Macky Sall | 2012-04-02 | 2024-04-02
Bassirou Diomaye Faye | 2024-04-02 |
@AGO | President | GOV
João Lourenço; Joao Lourenco | 2017-09-26 |
@ERI | President | GOV
Isaias Afwerki | 1993-05-24 |
@CMR | President | GOV
Paul Biya | 1982-11-06 |
@CIV | President | GOV
Alassane Ouattara | 2010-12-04 |
# ---------------------------------------------------------------- The Americas
@CAN | Prime Minister | GOV
Jean Chrétien; Jean Chretien | 1993-11-04 | 2003-12-12
Paul Martin | 2003-12-12 | 2006-02-06
Stephen Harper | 2006-02-06 | 2015-11-04
Justin Trudeau; Trudeau | 2015-11-04 | 2025-03-14
Mark Carney | 2025-03-14 |
@CAN | Foreign Minister | GOV
Chrystia Freeland | 2017-01-10 | 2019-11-20
François-Philippe Champagne | 2019-11-20 | 2021-01-12
Marc Garneau | 2021-01-12 | 2021-10-26
Mélanie Joly; Melanie Joly | 2021-10-26 | 2025-05-13
Anita Anand | 2025-05-13 |
@CAN | Defense Minister | GOV
Harjit Sajjan | 2015-11-04 | 2021-10-26
Anita Anand | 2021-10-26 | 2023-07-26
Bill Blair | 2023-07-26 | 2025-05-13
David McGuinty | 2025-05-13 |
@MEX | President | GOV
Vicente Fox | 2000-12-01 | 2006-11-30
Felipe Calderón; Felipe Calderon | 2006-12-01 | 2012-11-30
Enrique Peña Nieto; Enrique Pena Nieto; Peña Nieto; Pena Nieto | 2012-12-01 | 2018-11-30
Andrés Manuel López Obrador; Andres Manuel Lopez Obrador; López Obrador; Lopez Obrador; AMLO | 2018-12-01 | 2024-09-30
Claudia Sheinbaum | 2024-10-01 |
@MEX | Foreign Minister | GOV
Marcelo Ebrard | 2018-12-01 | 2023-06
Alicia Bárcena; Alicia Barcena | 2023-07 | 2024-09-30
@BRA | President | GOV
Fernando Henrique Cardoso | 1995-01-01 | 2003-01-01
Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva; Lula da Silva; Lula | 2003-01-01 | 2011-01-01
Dilma Rousseff; Rousseff | 2011-01-01 | 2016-08-31
Michel Temer; Temer | 2016-08-31 | 2019-01-01
Jair Bolsonaro; Bolsonaro | 2019-01-01 | 2023-01-01
Luiz Inácio Lula da Silva | 2023-01-01 |
@BRA | Foreign Minister | GOV
Ernesto Araújo; Ernesto Araujo | 2019-01-01 | 2021-03-29
Carlos França; Carlos Franca | 2021-04-06 | 2022-12-31
Mauro Vieira | 2023-01-01 |
@ARG | President | GOV
Fernando de la Rúa; Fernando de la Rua | 1999-12-10 | 2001-12-20
Eduardo Duhalde | 2002-01-02 | 2003-05-25
Néstor Kirchner; Nestor Kirchner | 2003-05-25 | 2007-12-10
Cristina Fernández de Kirchner; Cristina Fernandez de Kirchner; Cristina Kirchner | 2007-12-10 | 2015-12-10
Mauricio Macri; Macri | 2015-12-10 | 2019-12-10
Alberto Fernández; Alberto Fernandez | 2019-12-10 | 2023-12-10
Javier Milei; Milei | 2023-12-10 |
@COL | President | GOV
Álvaro Uribe; Alvaro Uribe; Uribe | 2002-08-07 | 2010-08-07
Juan Manuel Santos | 2010-08-07 | 2018-08-07
Iván Duque; Ivan Duque; Duque | 2018-08-07 | 2022-08-07
Gustavo Petro; Petro | 2022-08-07 |
@COL | Defense Minister | GOV
Juan Manuel Santos | 2006-07-19 | 2009-05-23
Guillermo Botero | 2018-08-07 | 2019-11-07
Carlos Holmes Trujillo | 2019-11-12 | 2021-01-26
Diego Molano | 2021-02 | 2022-08-07
Iván Velásquez; Ivan Velasquez | 2022-08-07 | 2025-02
@VEN | President | GOV
Hugo Chávez; Hugo Chavez; Chávez; Chavez | 1999-02-02 | 2013-03-05
Nicolás Maduro; Nicolas Maduro; Maduro | 2013-03-05 |
@VEN | Vice President | GOV
Delcy Rodríguez; Delcy Rodriguez | 2018-06-14 |
@VEN | Defense Minister | GOV
Vladimir Padrino López; Vladimir Padrino Lopez; Vladimir Padrino | 2014-10-24 |
@VEN | Opposition Leader | OPP
Juan Guaidó; Juan Guaido; Guaidó; Guaido | 2019-01-23 | 2023-01-05
María Corina Machado; Maria Corina Machado | 2023-10 |
@CHL | President | GOV
Michelle Bachelet | 2006-03-11 | 2010-03-11
Sebastián Piñera; Sebastian Pinera; Piñera; Pinera | 2010-03-11 | 2014-03-11
Michelle Bachelet | 2014-03-11 | 2018-03-11
Sebastián Piñera | 2018-03-11 | 2022-03-11
Gabriel Boric; Boric | 2022-03-11 |
@PER | President | GOV
Pedro Castillo | 2021-07-28 | 2022-12-07
Dina Boluarte; Boluarte | 2022-12-07 | 2025-10-10
José Jerí; Jose Jeri | 2025-10-10 |
@BOL | President | GOV
Evo Morales | 2006-01-22 | 2019-11-10
Jeanine Áñez; Jeanine Anez | 2019-11-12 | 2020-11-08
Luis Arce | 2020-11-08 | 2025-11-08
Rodrigo Paz | 2025-11-08 |
@ECU | President | GOV
Rafael Correa | 2007-01-15 | 2017-05-24
Lenín Moreno; Lenin Moreno | 2017-05-24 | 2021-05-24
Guillermo Lasso | 2021-05-24 | 2023-11-23
Daniel Noboa; Noboa | 2023-11-23 |
@CUB | President | GOV
Fidel Castro | 1976-12-02 | 2008-02-24
Raúl Castro; Raul Castro | 2008-02-24 | 2018-04-19
Miguel Díaz-Canel; Miguel Diaz-Canel; Díaz-Canel; Diaz-Canel | 2018-04-19 |
@NIC | President | GOV
Daniel Ortega | 2007-01-10 |
@SLV | President | GOV
Nayib Bukele; Bukele | 2019-06-01 |
@HTI | President | GOV
Jovenel Moïse; Jovenel Moise | 2017-02-07 | 2021-07-07
@HTI | Prime Minister | GOV
Ariel Henry | 2021-07-20 | 2024-04-25
Garry Conille | 2024-06-03 | 2024-11-11
Alix Didier Fils-Aimé; Alix Didier Fils-Aime | 2024-11-11 |
@GTM | President | GOV
Bernardo Arévalo; Bernardo Arevalo | 2024-01-14 |
@HND | President | GOV
Xiomara Castro | 2022-01-27 |
@PAN | President | GOV
José Raúl Mulino; Jose Raul Mulino | 2024-07-01 |
# ---------------------------------------------------------------- Europe (NATO and EU members, neighbours)
@ALB | Prime Minister | GOV
Edi Rama | 2013-09-15 |
@AUT | Chancellor | GOV
Sebastian Kurz | 2017-12-18 | 2019-05-28
Sebastian Kurz | 2020-01-07 | 2021-10-11
Alexander Schallenberg | 2021-10-11 | 2021-12-06
Karl Nehammer | 2021-12-06 | 2025-03-03
Christian Stocker | 2025-03-03 |
@AUT | President | GOV
Alexander Van der Bellen | 2017-01-26 |
@BEL | Prime Minister | GOV
Charles Michel | 2014-10-11 | 2019-10-27
Sophie Wilmès; Sophie Wilmes | 2019-10-27 | 2020-10-01
Alexander De Croo | 2020-10-01 | 2025-02-03
Bart De Wever | 2025-02-03 |
@BEL | King | GOV
King Philippe | 2013-07-21 |
@BGR | Prime Minister | GOV
Boyko Borisov; Boiko Borisov | 2017-05-04 | 2021-05-12
Kiril Petkov | 2021-12-13 | 2022-08-02
Nikolai Denkov | 2023-06-06 | 2024-04-09
Rosen Zhelyazkov | 2025-01-16 |
@BGR | President | GOV
Rumen Radev | 2017-01-22 |
@HRV | Prime Minister | GOV
Andrej Plenković; Andrej Plenkovic | 2016-10-19 |
@HRV | President | GOV
Kolinda Grabar-Kitarović; Kolinda Grabar-Kitarovic | 2015-02-19 | 2020-02-19
Zoran Milanović; Zoran Milanovic | 2020-02-19 |
@CYP | President | GOV
Nicos Anastasiades | 2013-02-28 | 2023-02-28
Nikos Christodoulides | 2023-02-28 |
@CZE | Prime Minister | GOV
Andrej Babiš; Andrej Babis | 2017-12-06 | 2021-12-17
Petr Fiala | 2021-12-17 | 2025-12
Andrej Babiš | 2025-12 |
@CZE | President | GOV
Miloš Zeman; Milos Zeman | 2013-03-08 | 2023-03-08
Petr Pavel | 2023-03-09 |
@DNK | Prime Minister | GOV
Anders Fogh Rasmussen | 2001-11-27 | 2009-04-05
Lars Løkke Rasmussen; Lars Lokke Rasmussen; Lars Loekke Rasmussen | 2009-04-05 | 2011-10-03
Helle Thorning-Schmidt | 2011-10-03 | 2015-06-28
Lars Løkke Rasmussen | 2015-06-28 | 2019-06-27
Mette Frederiksen | 2019-06-27 |
@DNK | Foreign Minister | GOV
Jeppe Kofod | 2019-06-27 | 2022-12-15
Lars Løkke Rasmussen | 2022-12-15 |
@DNK | Defense Minister | GOV
Trine Bramsen | 2019-06-27 | 2020-12
Morten Bødskov; Morten Bodskov | 2020-12 | 2022-12-15
Jakob Ellemann-Jensen | 2022-12-15 | 2023-02
Troels Lund Poulsen | 2023-02 |
@DNK | King | GOV
Queen Margrethe II; Queen Margrethe | 1972-01-14 | 2024-01-14
King Frederik X; Frederik X; King Frederik | 2024-01-14 |
@EST | Prime Minister | GOV
Taavi Rõivas; Taavi Roivas | 2014-04-08 | 2016-11-23
Jüri Ratas; Juri Ratas; Ratas | 2016-11-23 | 2021-01-26
Kaja Kallas | 2021-01-26 | 2024-07-23
Kristen Michal | 2024-07-23 |
@EST | President | GOV
Kersti Kaljulaid | 2016-10-10 | 2021-10-11
Alar Karis | 2021-10-11 |
@FIN | Prime Minister | GOV
Juha Sipilä; Juha Sipila | 2015-05-29 | 2019-06-06
Antti Rinne | 2019-06-06 | 2019-12-10
Sanna Marin | 2019-12-10 | 2023-06-20
Petteri Orpo | 2023-06-20 |
@FIN | President | GOV
Sauli Niinistö; Sauli Niinisto; Niinistö; Niinisto | 2012-03-01 | 2024-03-01
Alexander Stubb | 2024-03-01 |
@FIN | Foreign Minister | GOV
Pekka Haavisto | 2019-06-06 | 2023-06-20
Elina Valtonen | 2023-06-20 |
@FIN | Defense Minister | GOV
Antti Kaikkonen | 2019-06-06 | 2023-06-20
Antti Häkkänen; Antti Hakkanen | 2023-06-20 |
@GRC | Prime Minister | GOV
Alexis Tsipras; Tsipras | 2015-01-26 | 2019-07-08
Kyriakos Mitsotakis; Mitsotakis | 2019-07-08 |
@GRC | Foreign Minister | GOV
Nikos Dendias | 2019-07-09 | 2023-06-26
Giorgos Gerapetritis | 2023-06-27 |
@GRC | Defense Minister | GOV
Nikos Dendias | 2023-06-27 |
@HUN | Prime Minister | GOV
Viktor Orbán; Viktor Orban; Orbán; Orban | 1998-07-06 | 2002-05-27
Viktor Orbán | 2010-05-29 |
@HUN | Foreign Minister | GOV
Péter Szijjártó; Peter Szijjarto; Szijjártó; Szijjarto | 2014-09-23 |
@ISL | Prime Minister | GOV
Katrín Jakobsdóttir; Katrin Jakobsdottir | 2017-11-30 | 2024-04-09
Bjarni Benediktsson | 2024-04-09 | 2024-12-21
Kristrún Frostadóttir; Kristrun Frostadottir | 2024-12-21 |
@IRL | Prime Minister | GOV
Enda Kenny | 2011-03-09 | 2017-06-14
Leo Varadkar; Varadkar | 2017-06-14 | 2020-06-27
Micheál Martin; Micheal Martin | 2020-06-27 | 2022-12-17
Leo Varadkar | 2022-12-17 | 2024-04-09
Simon Harris | 2024-04-09 | 2025-01-23
Micheál Martin | 2025-01-23 |
@LVA | Prime Minister | GOV
Krišjānis Kariņš; Krisjanis Karins | 2019-01-23 | 2023-09-15
Evika Siliņa; Evika Silina | 2023-09-15 |
@LVA | President | GOV
Egils Levits | 2019-07-08 | 2023-07-08
Edgars Rinkēvičs; Edgars Rinkevics | 2023-07-08 |
@LVA | Foreign Minister | GOV
Edgars Rinkēvičs | 2011-10-25 | 2023-07-08
@LTU | President | GOV
Dalia Grybauskaitė; Dalia Grybauskaite | 2009-07-12 | 2019-07-12
Gitanas Nausėda; Gitanas Nauseda | 2019-07-12 |
@LTU | Prime Minister | GOV
Saulius Skvernelis | 2016-12-13 | 2020-12-11
Ingrida Šimonytė; Ingrida Simonyte | 2020-12-11 | 2024-12-12
Gintautas Paluckas | 2024-12-12 | 2025-08
@LTU | Foreign Minister | GOV
Gabrielius Landsbergis | 2020-12-07 | 2024-12-12
@LUX | Prime Minister | GOV
Xavier Bettel | 2013-12-04 | 2023-11-17
Luc Frieden | 2023-11-17 |
@MLT | Prime Minister | GOV
Joseph Muscat | 2013-03-11 | 2020-01-13
Robert Abela | 2020-01-13 |
@MNE | President | GOV
Milo Đukanović; Milo Djukanovic; Milo Dukanovic | 2018-05-20 | 2023-05-20
Jakov Milatović; Jakov Milatovic | 2023-05-20 |
@NLD | Prime Minister | GOV
Jan Peter Balkenende | 2002-07-22 | 2010-10-14
Mark Rutte | 2010-10-14 | 2024-07-02
Dick Schoof | 2024-07-02 |
@NLD | King | GOV
King Willem-Alexander; Willem-Alexander | 2013-04-30 |
@NLD | Foreign Minister | GOV
Stef Blok | 2018-03-07 | 2021-05-25
Sigrid Kaag | 2021-05-25 | 2021-09-17
Wopke Hoekstra | 2022-01-10 | 2023-08-25
Hanke Bruins Slot | 2023-09-01 | 2024-07-02
Caspar Veldkamp | 2024-07-02 | 2025-08-22
@NLD | Defense Minister | GOV
Ank Bijleveld | 2017-10-26 | 2021-09-17
Kajsa Ollongren | 2022-01-10 | 2024-07-02
Ruben Brekelmans | 2024-07-02 |
@MKD | Prime Minister | GOV
Zoran Zaev | 2017-05-31 | 2022-01-16
Dimitar Kovačevski; Dimitar Kovacevski | 2022-01-17 | 2024-01-28
Hristijan Mickoski | 2024-06-23 |
@NOR | Prime Minister | GOV
Jens Stoltenberg | 2000-03-17 | 2001-10-19
Kjell Magne Bondevik | 2001-10-19 | 2005-10-17
Jens Stoltenberg | 2005-10-17 | 2013-10-16
Erna Solberg | 2013-10-16 | 2021-10-14
Jonas Gahr Støre; Jonas Gahr Store | 2021-10-14 |
@NOR | Finance Minister | GOV
Jens Stoltenberg | 2025-02-04 |
@NOR | Foreign Minister | GOV
Ine Eriksen Søreide; Ine Eriksen Soreide | 2017-10-20 | 2021-10-14
Anniken Huitfeldt | 2021-10-14 | 2023-10-16
Espen Barth Eide | 2023-10-16 |
@POL | President | GOV
Aleksander Kwaśniewski; Aleksander Kwasniewski | 1995-12-23 | 2005-12-23
Lech Kaczyński; Lech Kaczynski | 2005-12-23 | 2010-04-10
Bronisław Komorowski; Bronislaw Komorowski | 2010-08-06 | 2015-08-06
Andrzej Duda; Duda | 2015-08-06 | 2025-08-06
Karol Nawrocki; Nawrocki | 2025-08-06 |
@POL | Prime Minister | GOV
Donald Tusk; Tusk | 2007-11-16 | 2014-09-22
Ewa Kopacz | 2014-09-22 | 2015-11-16
Beata Szydło; Beata Szydlo | 2015-11-16 | 2017-12-11
Mateusz Morawiecki; Morawiecki | 2017-12-11 | 2023-12-13
Donald Tusk | 2023-12-13 |
@POL | Foreign Minister | GOV
Radosław Sikorski; Radoslaw Sikorski | 2007-11-16 | 2014-09-22
Jacek Czaputowicz | 2018-01-09 | 2020-08-20
Zbigniew Rau | 2020-08-26 | 2023-11-27
Radosław Sikorski | 2023-12-13 |
@POL | Defense Minister | GOV
Mariusz Błaszczak; Mariusz Blaszczak | 2018-01-09 | 2023-11-27
Władysław Kosiniak-Kamysz; Wladyslaw Kosiniak-Kamysz | 2023-12-13 |
@PRT | Prime Minister | GOV
António Guterres; Antonio Guterres | 1995-10-28 | 2002-04-06
José Manuel Barroso; Jose Manuel Barroso; Barroso | 2002-04-06 | 2004-07-17
António Costa; Antonio Costa | 2015-11-26 | 2024-04-02
Luís Montenegro; Luis Montenegro | 2024-04-02 |
@PRT | President | GOV
Marcelo Rebelo de Sousa | 2016-03-09 |
@ROU | President | GOV
Klaus Iohannis; Iohannis | 2014-12-21 | 2025-02-12
Nicușor Dan; Nicusor Dan | 2025-05-26 |
@ROU | Prime Minister | GOV
Nicolae Ciucă; Nicolae Ciuca | 2021-11-25 | 2023-06-12
Marcel Ciolacu | 2023-06-15 | 2025-05-06
Ilie Bolojan | 2025-06-23 |
@SVK | Prime Minister | GOV
Robert Fico | 2006-07-04 | 2010-07-08
Robert Fico | 2012-04-04 | 2018-03-22
Peter Pellegrini | 2018-03-22 | 2020-03-21
Igor Matovič; Igor Matovic | 2020-03-21 | 2021-04-01
Eduard Heger | 2021-04-01 | 2023-05-15
Robert Fico | 2023-10-25 |
@SVK | President | GOV
Zuzana Čaputová; Zuzana Caputova | 2019-06-15 | 2024-06-15
Peter Pellegrini | 2024-06-15 |
@SVN | Prime Minister | GOV
Marjan Šarec; Marjan Sarec | 2018-09-13 | 2020-03-13
Janez Janša; Janez Jansa | 2020-03-13 | 2022-06-01
Robert Golob | 2022-06-01 |
@SWE | Prime Minister | GOV
Stefan Löfven; Stefan Lofven | 2014-10-03 | 2021-11-30
Magdalena Andersson | 2021-11-30 | 2022-10-18
Ulf Kristersson | 2022-10-18 |
@SWE | Foreign Minister | GOV
Ann Linde | 2019-09-10 | 2022-10-18
Tobias Billström; Tobias Billstrom | 2022-10-18 | 2024-09-10
Maria Malmer Stenergard | 2024-09-10 |
@SWE | Defense Minister | GOV
Peter Hultqvist | 2014-10-03 | 2022-10-18
Pål Jonson; Pal Jonson | 2022-10-18 |
@SWE | King | GOV
King Carl XVI Gustaf; Carl XVI Gustaf | 1973-09-15 |
@BLR | President | GOV
Alexander Lukashenko; Aleksandr Lukashenko; Alyaksandr Lukashenka; Lukashenko | 1994-07-20 |
@BLR | Opposition Leader | OPP
Sviatlana Tsikhanouskaya; Svetlana Tikhanovskaya | 2020-08 |
@GEO | President | GOV
Mikheil Saakashvili; Saakashvili | 2004-01-25 | 2013-11-17
Salome Zourabichvili; Salome Zurabishvili | 2018-12-16 | 2024-12-29
Mikheil Kavelashvili | 2024-12-29 |
@GEO | Prime Minister | GOV
Irakli Garibashvili | 2021-02-22 | 2024-02-08
Irakli Kobakhidze | 2024-02-08 |
@ARM | Prime Minister | GOV
Nikol Pashinyan; Pashinyan | 2018-05-08 |
@ARM | Foreign Minister | GOV
Ararat Mirzoyan | 2021-08-19 |
@AZE | President | GOV
Heydar Aliyev | 1993-06-15 | 2003-10-31
Ilham Aliyev | 2003-10-31 |
@AZE | Foreign Minister | GOV
Jeyhun Bayramov | 2020-07-16 |
@MDA | President | GOV
Igor Dodon | 2016-12-23 | 2020-12-24
Maia Sandu | 2020-12-24 |
@SRB | President | GOV
Slobodan Milošević; Slobodan Milosevic; Milosevic | 1997-07-23 | 2000-10-07
Aleksandar Vučić; Aleksandar Vucic; Vučić; Vucic | 2017-05-31 |
@SRB | Prime Minister | GOV
Aleksandar Vučić | 2014-04-27 | 2017-05-31
Ana Brnabić; Ana Brnabic | 2017-06-29 | 2024-05-02
Miloš Vučević; Milos Vucevic | 2024-05-02 | 2025-04-16
@XKX | Prime Minister | GOV
Albin Kurti | 2021-03-22 |
@XKX | President | GOV
Hashim Thaçi; Hashim Thaci | 2016-04-07 | 2020-11-05
Vjosa Osmani | 2021-04-04 |
@VAT | Pope | REL
Pope John Paul II; John Paul II | 1978-10-16 | 2005-04-02
Pope Benedict XVI; Benedict XVI; Pope Benedict | 2005-04-19 | 2013-02-28
Pope Francis; Jorge Mario Bergoglio | 2013-03-13 | 2025-04-21
Pope Leo XIV; Leo XIV; Pope Leo; Robert Prevost | 2025-05-08 |
# ---------------------------------------------------------------- International organisations
@UNO United Nations | Secretary-General | GOV
Kofi Annan | 1997-01-01 | 2006-12-31
Ban Ki-moon | 2007-01-01 | 2016-12-31
António Guterres | 2017-01-01 |
@UNO UNHCR | High Commissioner | GOV
Filippo Grandi | 2016-01-01 | 2025-12-31
@UNO United Nations | High Commissioner | GOV
Michelle Bachelet | 2018-09-01 | 2022-08-31
Volker Türk; Volker Turk | 2022-10-17 |
@UNO WFP | Director | GOV
David Beasley | 2017-04-04 | 2023-04-04
Cindy McCain | 2023-04-05 |
@UNO UNICEF | Director | GOV
Catherine Russell | 2022-02-01 |
@UNO OCHA | Director | GOV
Martin Griffiths | 2021-07 | 2024-06
Tom Fletcher | 2024-11 |
@UNO IAEA | Director | GOV
Mohamed ElBaradei; ElBaradei | 1997-12-01 | 2009-11-30
Yukiya Amano | 2009-12-01 | 2019-07-18
Rafael Grossi; Rafael Mariano Grossi; Grossi | 2019-12-03 |
@UNO WHO | Director | MED
Margaret Chan | 2007-01-04 | 2017-06-30
Tedros Adhanom Ghebreyesus; Tedros Adhanom; Tedros | 2017-07-01 |
@IGO NATO | Secretary-General | GOV
George Robertson | 1999-10-14 | 2003-12-17
Jaap de Hoop Scheffer | 2004-01-01 | 2009-07-31
Anders Fogh Rasmussen | 2009-08-01 | 2014-09-30
Jens Stoltenberg | 2014-10-01 | 2024-09-30
Mark Rutte | 2024-10-01 |
@IGO IMF | Director | GOV
Dominique Strauss-Kahn | 2007-11-01 | 2011-05-18
Christine Lagarde | 2011-07-05 | 2019-09-12
Kristalina Georgieva | 2019-10-01 |
@IGO World Bank | President | GOV
Jim Yong Kim | 2012-07-01 | 2019-02-01
David Malpass | 2019-04-09 | 2023-06-01
Ajay Banga | 2023-06-02 |
@IGO WTO | Director | GOV
Roberto Azevêdo; Roberto Azevedo | 2013-09-01 | 2020-08-31
Ngozi Okonjo-Iweala | 2021-03-01 |
@IGO African Union | Chair | GOV
Nkosazana Dlamini-Zuma | 2012-10-15 | 2017-03-14
Moussa Faki Mahamat; Moussa Faki | 2017-03-14 | 2025-02-15
Mahmoud Ali Youssouf | 2025-02-15 |
@IGO OPEC | Secretary-General | GOV
Mohammed Barkindo | 2016-08-01 | 2022-07-05
Haitham al-Ghais | 2022-08-01 |
@IGO Arab League | Secretary-General | GOV
Ahmed Aboul Gheit | 2016-07-01 |
@IGO ICC | Prosecutor | JUD
Fatou Bensouda | 2012-06-16 | 2021-06-15
Karim Khan | 2021-06-16 |
@EUR European Union | President | GOV
Romano Prodi | 1999-09-16 | 2004-11-22
José Manuel Barroso | 2004-11-22 | 2014-10-31
Jean-Claude Juncker; Juncker | 2014-11-01 | 2019-11-30
Ursula von der Leyen | 2019-12-01 |
Herman Van Rompuy | 2009-12-01 | 2014-11-30
Donald Tusk | 2014-12-01 | 2019-11-30
Charles Michel | 2019-12-01 | 2024-11-30
António Costa | 2024-12-01 |
@EUR European Union | High Commissioner | GOV
Javier Solana | 1999-10-18 | 2009-11-30
Catherine Ashton | 2009-12-01 | 2014-10-31
Federica Mogherini; Mogherini | 2014-11-01 | 2019-11-30
Josep Borrell | 2019-12-01 | 2024-11-30
Kaja Kallas | 2024-12-01 |
@EUR European Parliament | President | LEG
David Sassoli | 2019-07-03 | 2022-01-11
Roberta Metsola; Metsola | 2022-01-18 |
@EUR European Central Bank | President | GOV
Mario Draghi | 2011-11-01 | 2019-10-31
Christine Lagarde | 2019-11-01 |
"""
