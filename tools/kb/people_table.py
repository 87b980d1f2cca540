"""Hand-compiled office holders, expanded by ``build_people.py`` into ``people.json``.

Rows: ``id | name | country | Wikidata | aliases (;) | roles (;)``; a role is
``title~ISO3~start~end[~organisation id][~note]``. Dates are ISO, partial where only the month or
year is certain. An empty ``end`` means "in office as far as the compiler knows" and carries a note
when the compiler's knowledge may be out of date; where a term has a fixed constitutional end that
has passed (Colombia 2026-08-07, Chile 2026-03-11...) that date is the end and the successor is left
out rather than guessed.

SOURCE: the compiler's memory of the Wikipedia lists of office holders ("List of presidents of
Bolivia", "Minister of Foreign Affairs (Iran)", ...), not checked against a live source: verify
before relying on a date. Wikidata ids only for the few people whose id the compiler is sure of.
"""
from __future__ import annotations

SOURCE = "Wikipedia lists of office holders, from the compiler's memory (not checked live; verify)"
TERM_END = "constitutional end of the term, successor not known to the compiler"
MAYBE_STALE = "in office at the compiler's last knowledge (2025), may have changed since"

ROWS = """
# --- Bolivia --------------------------------------------------------------------------------------
person:evo-morales|Evo Morales|BOL|Q42410|Juan Evo Morales Ayma;Evo Morales Ayma;Evo;Morales|president~BOL~2006-01-22~2019-11-10~~resigned 2019-11-10
person:jeanine-anez|Jeanine Áñez|BOL||Jeanine Áñez Chávez;Jeanine Anez;Áñez;Anez|interim president~BOL~2019-11-12~2020-11-08
person:luis-arce|Luis Arce|BOL||Luis Arce Catacora;Lucho Arce;Arce|president~BOL~2020-11-08~2025-11-08;minister of economy~BOL~2006-01~2017-06
person:rodrigo-paz|Rodrigo Paz|BOL||Rodrigo Paz Pereira;Paz;President Paz|president~BOL~2025-11-08~
person:david-choquehuanca|David Choquehuanca|BOL||David Choquehuanca Céspedes;Choquehuanca|foreign minister~BOL~2006-01-23~2017-01-23;vice president~BOL~2020-11-08~2025-11-08
person:karen-longaric|Karen Longaric|BOL||Longaric|foreign minister~BOL~2019-11-13~2020-11-08
person:alvaro-garcia-linera|Álvaro García Linera|BOL||Alvaro Garcia Linera;García Linera|vice president~BOL~2006-01-22~2019-11-10
# --- United States --------------------------------------------------------------------------------
person:george-w-bush|George W. Bush|USA|Q207|George Bush;Bush|president~USA~2001-01-20~2009-01-20
person:barack-obama|Barack Obama|USA|Q76|Obama;Barack Hussein Obama|president~USA~2009-01-20~2017-01-20
person:donald-trump|Donald Trump|USA|Q22686|Donald J. Trump;Trump;President Trump|president~USA~2017-01-20~2021-01-20;president~USA~2025-01-20~
person:joe-biden|Joe Biden|USA|Q6279|Joseph R. Biden;Joseph Biden;Biden|president~USA~2021-01-20~2025-01-20;vice president~USA~2009-01-20~2017-01-20
person:kamala-harris|Kamala Harris|USA||Harris|vice president~USA~2021-01-20~2025-01-20
person:jd-vance|JD Vance|USA||J.D. Vance;James David Vance;Vance|vice president~USA~2025-01-20~
person:condoleezza-rice|Condoleezza Rice|USA||Condi Rice|secretary of state~USA~2005-01-26~2009-01-20
person:hillary-clinton|Hillary Clinton|USA|Q6294|Hillary Rodham Clinton|secretary of state~USA~2009-01-21~2013-02-01
person:john-kerry|John Kerry|USA||Kerry|secretary of state~USA~2013-02-01~2017-01-20
person:rex-tillerson|Rex Tillerson|USA||Tillerson|secretary of state~USA~2017-02-01~2018-03-31
person:mike-pompeo|Mike Pompeo|USA||Michael Pompeo;Pompeo|secretary of state~USA~2018-04-26~2021-01-20;director of the CIA~USA~2017-01-23~2018-04-26~org:cia
person:antony-blinken|Antony Blinken|USA||Tony Blinken;Blinken|secretary of state~USA~2021-01-26~2025-01-20
person:marco-rubio|Marco Rubio|USA||Rubio;Secretary Rubio|secretary of state~USA~2025-01-21~
# --- Venezuela ------------------------------------------------------------------------------------
person:hugo-chavez|Hugo Chávez|VEN|Q8440|Hugo Chavez;Hugo Rafael Chávez Frías;Chávez;Chavez|president~VEN~1999-02-02~2013-03-05~~died in office
person:nicolas-maduro|Nicolás Maduro|VEN||Nicolas Maduro;Nicolás Maduro Moros;Maduro|president~VEN~2013-03-05~~~acting from 2013-03-05, elected 2013-04-14, end not recorded here (his 2024 re-election was disputed, later events unknown to the compiler);foreign minister~VEN~2006-08-09~2013-01-15
person:delcy-rodriguez|Delcy Rodríguez|VEN||Delcy Rodriguez;Delcy Eloína Rodríguez Gómez;Delcy|vice president~VEN~2018-06-14~~~end not known to the compiler;foreign minister~VEN~2014-12-26~2017-08
person:jorge-arreaza|Jorge Arreaza|VEN||Arreaza|foreign minister~VEN~2017-08~2021-08
person:edmundo-gonzalez|Edmundo González Urrutia|VEN||Edmundo Gonzalez;Edmundo González;González Urrutia|opposition presidential candidate~VEN~2024-04~2024-07-28
person:maria-corina-machado|María Corina Machado|VEN||Maria Corina Machado;Machado;María Corina|
# --- Colombia -------------------------------------------------------------------------------------
person:alvaro-uribe|Álvaro Uribe|COL||Alvaro Uribe;Álvaro Uribe Vélez;Uribe|president~COL~2002-08-07~2010-08-07
person:juan-manuel-santos|Juan Manuel Santos|COL|||president~COL~2010-08-07~2018-08-07
person:ivan-duque|Iván Duque|COL||Ivan Duque;Iván Duque Márquez;Duque|president~COL~2018-08-07~2022-08-07
person:gustavo-petro|Gustavo Petro|COL||Gustavo Petro Urrego;Petro|president~COL~2022-08-07~2026-08-07~~{TERM_END}
# --- Brazil ---------------------------------------------------------------------------------------
person:lula|Luiz Inácio Lula da Silva|BRA|Q37181|Lula;Lula da Silva;Luiz Inacio Lula da Silva;President Lula|president~BRA~2003-01-01~2011-01-01;president~BRA~2023-01-01~
person:dilma-rousseff|Dilma Rousseff|BRA||Dilma;Rousseff|president~BRA~2011-01-01~2016-08-31~~suspended 2016-05-12, removed 2016-08-31
person:michel-temer|Michel Temer|BRA||Temer|president~BRA~2016-08-31~2019-01-01~~acting from 2016-05-12
person:jair-bolsonaro|Jair Bolsonaro|BRA|Q10304982|Bolsonaro;Jair Messias Bolsonaro|president~BRA~2019-01-01~2023-01-01
person:celso-amorim|Celso Amorim|BRA||Amorim|foreign minister~BRA~2003-01-01~2011-01-01
person:mauro-vieira|Mauro Vieira|BRA|||foreign minister~BRA~2015-01-01~2016-05-12;foreign minister~BRA~2023-01-01~
person:ernesto-araujo|Ernesto Araújo|BRA||Ernesto Araujo|foreign minister~BRA~2019-01-01~2021-03-29
# --- Argentina ------------------------------------------------------------------------------------
person:nestor-kirchner|Néstor Kirchner|ARG||Nestor Kirchner|president~ARG~2003-05-25~2007-12-10
person:cristina-fernandez|Cristina Fernández de Kirchner|ARG||Cristina Kirchner;Cristina Fernandez de Kirchner;Fernández de Kirchner;CFK|president~ARG~2007-12-10~2015-12-10;vice president~ARG~2019-12-10~2023-12-10
person:mauricio-macri|Mauricio Macri|ARG||Macri|president~ARG~2015-12-10~2019-12-10
person:alberto-fernandez|Alberto Fernández|ARG||Alberto Fernandez|president~ARG~2019-12-10~2023-12-10
person:javier-milei|Javier Milei|ARG||Milei;President Milei|president~ARG~2023-12-10~
person:diana-mondino|Diana Mondino|ARG||Mondino|foreign minister~ARG~2023-12-10~2024-10-30
person:gerardo-werthein|Gerardo Werthein|ARG||Werthein|foreign minister~ARG~2024-10-30~2025-10~~resigned October 2025 (month from memory)
person:santiago-cafiero|Santiago Cafiero|ARG||Cafiero|foreign minister~ARG~2021-09-20~2023-12-10
person:felipe-sola|Felipe Solá|ARG||Felipe Sola|foreign minister~ARG~2019-12-10~2021-09-20
person:susana-malcorra|Susana Malcorra|ARG||Malcorra|foreign minister~ARG~2015-12-10~2017-06
person:hector-timerman|Héctor Timerman|ARG||Hector Timerman;Timerman|foreign minister~ARG~2010-06~2015-12-10
# --- Chile ----------------------------------------------------------------------------------------
person:michelle-bachelet|Michelle Bachelet|CHL||Bachelet|president~CHL~2006-03-11~2010-03-11;president~CHL~2014-03-11~2018-03-11;UN High Commissioner for Human Rights~~2018-09-01~2022-08-31~org:ohchr
person:sebastian-pinera|Sebastián Piñera|CHL||Sebastian Pinera;Piñera|president~CHL~2010-03-11~2014-03-11;president~CHL~2018-03-11~2022-03-11
person:gabriel-boric|Gabriel Boric|CHL||Boric;Gabriel Boric Font|president~CHL~2022-03-11~2026-03-11~~{TERM_END}
person:antonia-urrejola|Antonia Urrejola|CHL||Urrejola|foreign minister~CHL~2022-03-11~2023-03-10
person:alberto-van-klaveren|Alberto van Klaveren|CHL||van Klaveren|foreign minister~CHL~2023-03-10~2026-03-11~~served in Boric's government, which ended 2026-03-11
# --- Peru -----------------------------------------------------------------------------------------
person:alan-garcia|Alan García|PER||Alan Garcia|president~PER~2006-07-28~2011-07-28
person:ollanta-humala|Ollanta Humala|PER||Humala|president~PER~2011-07-28~2016-07-28
person:pedro-pablo-kuczynski|Pedro Pablo Kuczynski|PER||PPK;Kuczynski|president~PER~2016-07-28~2018-03-23
person:martin-vizcarra|Martín Vizcarra|PER||Martin Vizcarra;Vizcarra|president~PER~2018-03-23~2020-11-10
person:manuel-merino|Manuel Merino|PER||Merino|president~PER~2020-11-10~2020-11-15
person:francisco-sagasti|Francisco Sagasti|PER||Sagasti|president~PER~2020-11-17~2021-07-28
person:pedro-castillo|Pedro Castillo|PER|||president~PER~2021-07-28~2022-12-07
person:dina-boluarte|Dina Boluarte|PER||Boluarte|president~PER~2022-12-07~2025-10-10~~removed by Congress
person:jose-jeri|José Jerí|PER||Jose Jeri;Jerí|president~PER~2025-10-10~2026-07-28~~completes the 2021-2026 term, {TERM_END}
# --- Ecuador, Paraguay, Uruguay, Guyana, Suriname -------------------------------------------------
person:rafael-correa|Rafael Correa|ECU||Correa|president~ECU~2007-01-15~2017-05-24
person:lenin-moreno|Lenín Moreno|ECU||Lenin Moreno|president~ECU~2017-05-24~2021-05-24
person:guillermo-lasso|Guillermo Lasso|ECU||Lasso|president~ECU~2021-05-24~2023-11-23
person:daniel-noboa|Daniel Noboa|ECU||Noboa;Daniel Noboa Azín|president~ECU~2023-11-23~~~re-elected 2025; new term from 2025-05-24
person:mario-abdo-benitez|Mario Abdo Benítez|PRY||Mario Abdo;Abdo Benítez|president~PRY~2018-08-15~2023-08-15
person:santiago-pena|Santiago Peña|PRY||Santiago Pena;Peña|president~PRY~2023-08-15~
person:ruben-ramirez-lezcano|Rubén Ramírez Lezcano|PRY||Ruben Ramirez Lezcano|foreign minister~PRY~2023-08-15~~~{MAYBE_STALE}
person:tabare-vazquez|Tabaré Vázquez|URY||Tabare Vazquez|president~URY~2005-03-01~2010-03-01;president~URY~2015-03-01~2020-03-01
person:jose-mujica|José Mujica|URY||Jose Mujica;Pepe Mujica;Mujica|president~URY~2010-03-01~2015-03-01
person:luis-lacalle-pou|Luis Lacalle Pou|URY||Lacalle Pou|president~URY~2020-03-01~2025-03-01
person:yamandu-orsi|Yamandú Orsi|URY||Yamandu Orsi;Orsi|president~URY~2025-03-01~
person:irfaan-ali|Irfaan Ali|GUY||Mohamed Irfaan Ali|president~GUY~2020-08-02~
person:chan-santokhi|Chan Santokhi|SUR||Santokhi|president~SUR~2020-07-16~2025-07-16
person:jennifer-geerlings-simons|Jennifer Geerlings-Simons|SUR||Geerlings-Simons|president~SUR~2025-07-16~
# --- Mexico, Central America, Caribbean, Canada ---------------------------------------------------
person:felipe-calderon|Felipe Calderón|MEX||Felipe Calderon;Calderón|president~MEX~2006-12-01~2012-11-30
person:enrique-pena-nieto|Enrique Peña Nieto|MEX||Enrique Pena Nieto;Peña Nieto|president~MEX~2012-12-01~2018-11-30
person:amlo|Andrés Manuel López Obrador|MEX||Andres Manuel Lopez Obrador;López Obrador;Lopez Obrador;AMLO|president~MEX~2018-12-01~2024-09-30
person:claudia-sheinbaum|Claudia Sheinbaum|MEX||Sheinbaum;Claudia Sheinbaum Pardo|president~MEX~2024-10-01~
person:marcelo-ebrard|Marcelo Ebrard|MEX||Ebrard|foreign minister~MEX~2018-12-01~2023-06-12
person:alicia-barcena|Alicia Bárcena|MEX||Alicia Barcena;Bárcena|foreign minister~MEX~2023-07-03~2024-09-30
person:juan-ramon-de-la-fuente|Juan Ramón de la Fuente|MEX||Juan Ramon de la Fuente|foreign minister~MEX~2024-10-01~~~{MAYBE_STALE}
person:fidel-castro|Fidel Castro|CUB|Q11256|Fidel;Fidel Castro Ruz|president~CUB~1976-12-02~2008-02-24
person:raul-castro|Raúl Castro|CUB||Raul Castro;Raúl Castro Ruz|president~CUB~2008-02-24~2018-04-19
person:miguel-diaz-canel|Miguel Díaz-Canel|CUB||Miguel Diaz-Canel;Díaz-Canel;Diaz-Canel|president~CUB~2018-04-19~~~president of the Council of State, then of the Republic from 2019-10-10
person:manuel-marrero|Manuel Marrero Cruz|CUB||Manuel Marrero;Marrero|prime minister~CUB~2019-12-21~
person:bruno-rodriguez|Bruno Rodríguez Parrilla|CUB||Bruno Rodriguez Parrilla;Bruno Rodríguez|foreign minister~CUB~2009-03-02~
person:daniel-ortega|Daniel Ortega|NIC||Ortega;José Daniel Ortega Saavedra|president~NIC~2007-01-10~;president~NIC~1985-01-10~1990-04-25
person:rosario-murillo|Rosario Murillo|NIC||Murillo|vice president~NIC~2017-01-10~~~made co-president by the 2025 constitutional reform (date not recorded here)
person:juan-orlando-hernandez|Juan Orlando Hernández|HND||Juan Orlando Hernandez;JOH|president~HND~2014-01-27~2022-01-27
person:xiomara-castro|Xiomara Castro|HND||Xiomara Castro de Zelaya;Xiomara|president~HND~2022-01-27~2026-01-27~~{TERM_END}
person:nayib-bukele|Nayib Bukele|SLV||Bukele|president~SLV~2019-06-01~~~second term from 2024-06-01 (on leave 2023-12 to 2024-05 to campaign)
person:alejandro-giammattei|Alejandro Giammattei|GTM||Giammattei|president~GTM~2020-01-14~2024-01-14
person:bernardo-arevalo|Bernardo Arévalo|GTM||Bernardo Arevalo;Arévalo|president~GTM~2024-01-15~
person:rodrigo-chaves|Rodrigo Chaves|CRI||Rodrigo Chaves Robles|president~CRI~2022-05-08~2026-05-08~~{TERM_END}
person:laurentino-cortizo|Laurentino Cortizo|PAN||Cortizo|president~PAN~2019-07-01~2024-07-01
person:jose-raul-mulino|José Raúl Mulino|PAN||Jose Raul Mulino;Mulino|president~PAN~2024-07-01~
person:luis-abinader|Luis Abinader|DOM||Abinader|president~DOM~2020-08-16~
person:jovenel-moise|Jovenel Moïse|HTI||Jovenel Moise;Moïse|president~HTI~2017-02-07~2021-07-07~~assassinated
person:ariel-henry|Ariel Henry|HTI|||prime minister~HTI~2021-07-20~2024-04-25
person:andrew-holness|Andrew Holness|JAM||Holness|prime minister~JAM~2016-03-03~
person:keith-rowley|Keith Rowley|TTO||Rowley|prime minister~TTO~2015-09-09~2025-03-17
person:kamla-persad-bissessar|Kamla Persad-Bissessar|TTO||Persad-Bissessar|prime minister~TTO~2010-05-26~2015-09-09;prime minister~TTO~2025-05-01~
person:stephen-harper|Stephen Harper|CAN||Harper|prime minister~CAN~2006-02-06~2015-11-04
person:justin-trudeau|Justin Trudeau|CAN||Trudeau|prime minister~CAN~2015-11-04~2025-03-14
person:mark-carney|Mark Carney|CAN||Carney|prime minister~CAN~2025-03-14~
person:chrystia-freeland|Chrystia Freeland|CAN||Freeland|foreign minister~CAN~2017-01-10~2019-11-20
person:melanie-joly|Mélanie Joly|CAN||Melanie Joly;Joly|foreign minister~CAN~2021-10-26~2025-05-13
person:anita-anand|Anita Anand|CAN||Anand|foreign minister~CAN~2025-05-13~
# --- Iran -----------------------------------------------------------------------------------------
person:ali-khamenei|Ali Khamenei|IRN||Ayatollah Ali Khamenei;Ayatollah Khamenei;Sayyid Ali Khamenei;Khamenei|supreme leader~IRN~1989-06-04~;president~IRN~1981-10-13~1989-08-03
person:mahmoud-ahmadinejad|Mahmoud Ahmadinejad|IRN||Ahmadinejad|president~IRN~2005-08-03~2013-08-03
person:hassan-rouhani|Hassan Rouhani|IRN||Rouhani;Hassan Rohani|president~IRN~2013-08-03~2021-08-03
person:ebrahim-raisi|Ebrahim Raisi|IRN||Raisi;Ebrahim Raeisi|president~IRN~2021-08-03~2024-05-19~~died in office
person:mohammad-mokhber|Mohammad Mokhber|IRN||Mokhber|acting president~IRN~2024-05-19~2024-07-28
person:masoud-pezeshkian|Masoud Pezeshkian|IRN||Pezeshkian|president~IRN~2024-07-28~
person:manouchehr-mottaki|Manouchehr Mottaki|IRN||Mottaki|foreign minister~IRN~2005-08-24~2010-12-13
person:ali-akbar-salehi|Ali Akbar Salehi|IRN||Salehi|foreign minister~IRN~2010-12-13~2013-08-15
person:javad-zarif|Mohammad Javad Zarif|IRN||Javad Zarif;Zarif|foreign minister~IRN~2013-08-15~2021-08-25
person:hossein-amir-abdollahian|Hossein Amir-Abdollahian|IRN||Amir-Abdollahian;Amirabdollahian|foreign minister~IRN~2021-08-25~2024-05-19~~died in office
person:ali-bagheri-kani|Ali Bagheri Kani|IRN||Ali Bagheri;Bagheri Kani|acting foreign minister~IRN~2024-05-19~2024-08-21
person:abbas-araghchi|Abbas Araghchi|IRN||Araghchi;Abbas Araqchi;Araqchi|foreign minister~IRN~2024-08-21~
person:qasem-soleimani|Qasem Soleimani|IRN||Qassem Soleimani;Soleimani|commander of the Quds Force~IRN~1998~2020-01-03~org:quds-force~killed 2020-01-03
person:esmail-qaani|Esmail Qaani|IRN||Esmail Ghaani;Qaani|commander of the Quds Force~IRN~2020-01-03~~org:quds-force~{MAYBE_STALE}
# --- Israel, Palestinians, Lebanon ----------------------------------------------------------------
person:benjamin-netanyahu|Benjamin Netanyahu|ISR|Q43723|Netanyahu;Bibi;Bibi Netanyahu|prime minister~ISR~1996-06-18~1999-07-06;prime minister~ISR~2009-03-31~2021-06-13;prime minister~ISR~2022-12-29~
person:ehud-olmert|Ehud Olmert|ISR||Olmert|prime minister~ISR~2006-04-14~2009-03-31~~acting from 2006-01-04
person:naftali-bennett|Naftali Bennett|ISR||Bennett|prime minister~ISR~2021-06-13~2022-06-30
person:yair-lapid|Yair Lapid|ISR||Lapid|prime minister~ISR~2022-07-01~2022-12-29;foreign minister~ISR~2021-06-13~2022-07-01
person:shimon-peres|Shimon Peres|ISR||Peres|president~ISR~2007-07-15~2014-07-24
person:reuven-rivlin|Reuven Rivlin|ISR||Rivlin|president~ISR~2014-07-24~2021-07-07
person:isaac-herzog|Isaac Herzog|ISR||Herzog|president~ISR~2021-07-07~
person:eli-cohen|Eli Cohen|ISR|||foreign minister~ISR~2022-12-29~2024-01-01
person:israel-katz|Israel Katz|ISR||Katz|foreign minister~ISR~2024-01-01~2024-11~~became defence minister;defense minister~ISR~2024-11~
person:gideon-saar|Gideon Sa'ar|ISR||Gideon Saar;Sa'ar|foreign minister~ISR~2024-11~
person:mahmoud-abbas|Mahmoud Abbas|PSE||Abu Mazen;Abbas|president~PSE~2005-01-15~
person:mohammad-mustafa|Mohammad Mustafa|PSE|||prime minister~PSE~2024-03-31~
person:mohammad-shtayyeh|Mohammad Shtayyeh|PSE||Shtayyeh|prime minister~PSE~2019-04-14~2024-03-31
person:ismail-haniyeh|Ismail Haniyeh|PSE||Haniyeh|head of the political bureau~PSE~2017-05-06~2024-07-31~org:hamas~killed in Tehran
person:yahya-sinwar|Yahya Sinwar|PSE||Sinwar|head of the political bureau~PSE~2024-08-06~2024-10-16~org:hamas~killed in Rafah
person:michel-aoun|Michel Aoun|LBN||Aoun|president~LBN~2016-10-31~2022-10-30
person:michel-suleiman|Michel Suleiman|LBN||Michel Sleiman;Suleiman|president~LBN~2008-05-25~2014-05-25
person:joseph-aoun|Joseph Aoun|LBN||Aoun;General Joseph Aoun|president~LBN~2025-01-09~;commander of the army~LBN~2017-03-08~2025-01-09~org:lebanese-armed-forces
person:najib-mikati|Najib Mikati|LBN||Mikati|prime minister~LBN~2021-09-10~2025-02-08
person:nawaf-salam|Nawaf Salam|LBN|||prime minister~LBN~2025-02-08~
person:saad-hariri|Saad Hariri|LBN||Hariri|prime minister~LBN~2016-12-18~2020-01-21
person:hassan-diab|Hassan Diab|LBN||Diab|prime minister~LBN~2020-01-21~2021-09-10
person:abdallah-bou-habib|Abdallah Bou Habib|LBN||Bou Habib|foreign minister~LBN~2021-09-10~2025-02-08
person:youssef-rajji|Youssef Rajji|LBN||Youssef Raggi;Rajji;Raggi|foreign minister~LBN~2025-02-08~
person:hassan-nasrallah|Hassan Nasrallah|LBN||Nasrallah;Sayyed Hassan Nasrallah|secretary-general~LBN~1992-02~2024-09-27~org:hezbollah~killed in Beirut
person:naim-qassem|Naim Qassem|LBN||Sheikh Naim Qassem|secretary-general~LBN~2024-10-29~~org:hezbollah
# --- United Kingdom -------------------------------------------------------------------------------
person:elizabeth-ii|Elizabeth II|GBR||Queen Elizabeth II;Queen Elizabeth|queen~GBR~1952-02-06~2022-09-08
person:charles-iii|Charles III|GBR||King Charles III;King Charles|king~GBR~2022-09-08~;king~CAN~2022-09-08~
person:gordon-brown|Gordon Brown|GBR|||prime minister~GBR~2007-06-27~2010-05-11
person:david-cameron|David Cameron|GBR||Cameron|prime minister~GBR~2010-05-11~2016-07-13;foreign secretary~GBR~2023-11-13~2024-07-05
person:theresa-may|Theresa May|GBR|||prime minister~GBR~2016-07-13~2019-07-24
person:boris-johnson|Boris Johnson|GBR|Q180589||prime minister~GBR~2019-07-24~2022-09-06;foreign secretary~GBR~2016-07-13~2018-07-09
person:liz-truss|Liz Truss|GBR||Truss|prime minister~GBR~2022-09-06~2022-10-25;foreign secretary~GBR~2021-09-15~2022-09-06
person:rishi-sunak|Rishi Sunak|GBR||Sunak|prime minister~GBR~2022-10-25~2024-07-05
person:keir-starmer|Keir Starmer|GBR||Starmer;Sir Keir Starmer|prime minister~GBR~2024-07-05~
person:william-hague|William Hague|GBR|||foreign secretary~GBR~2010-05-12~2014-07-14
person:philip-hammond|Philip Hammond|GBR||Hammond|foreign secretary~GBR~2014-07-15~2016-07-13
person:jeremy-hunt|Jeremy Hunt|GBR|||foreign secretary~GBR~2018-07-09~2019-07-24
person:dominic-raab|Dominic Raab|GBR||Raab|foreign secretary~GBR~2019-07-24~2021-09-15
person:james-cleverly|James Cleverly|GBR||Cleverly|foreign secretary~GBR~2022-09-06~2023-11-13
person:david-lammy|David Lammy|GBR||Lammy|foreign secretary~GBR~2024-07-05~2025-09-05
person:yvette-cooper|Yvette Cooper|GBR|||foreign secretary~GBR~2025-09-05~
# --- France, Germany, Spain, Portugal, Italy ------------------------------------------------------
person:nicolas-sarkozy|Nicolas Sarkozy|FRA||Sarkozy|president~FRA~2007-05-16~2012-05-15
person:francois-hollande|François Hollande|FRA||Francois Hollande;Hollande|president~FRA~2012-05-15~2017-05-14
person:emmanuel-macron|Emmanuel Macron|FRA|Q3052772|Macron|president~FRA~2017-05-14~
person:elisabeth-borne|Élisabeth Borne|FRA||Elisabeth Borne;Borne|prime minister~FRA~2022-05-16~2024-01-09
person:gabriel-attal|Gabriel Attal|FRA||Attal|prime minister~FRA~2024-01-09~2024-09-05
person:michel-barnier|Michel Barnier|FRA||Barnier|prime minister~FRA~2024-09-05~2024-12-13
person:francois-bayrou|François Bayrou|FRA||Francois Bayrou;Bayrou|prime minister~FRA~2024-12-13~2025-09-09
person:sebastien-lecornu|Sébastien Lecornu|FRA||Sebastien Lecornu;Lecornu|prime minister~FRA~2025-09-09~~~resigned and was reappointed in October 2025, {MAYBE_STALE}
person:jean-yves-le-drian|Jean-Yves Le Drian|FRA||Le Drian|foreign minister~FRA~2017-05-17~2022-05-20
person:catherine-colonna|Catherine Colonna|FRA||Colonna|foreign minister~FRA~2022-05-20~2024-01-11
person:stephane-sejourne|Stéphane Séjourné|FRA||Stephane Sejourne;Séjourné|foreign minister~FRA~2024-01-11~2024-09-21
person:jean-noel-barrot|Jean-Noël Barrot|FRA||Jean-Noel Barrot;Barrot|foreign minister~FRA~2024-09-21~
person:angela-merkel|Angela Merkel|DEU|Q567|Merkel|chancellor~DEU~2005-11-22~2021-12-08
person:olaf-scholz|Olaf Scholz|DEU||Scholz|chancellor~DEU~2021-12-08~2025-05-06
person:friedrich-merz|Friedrich Merz|DEU||Merz|chancellor~DEU~2025-05-06~
person:frank-walter-steinmeier|Frank-Walter Steinmeier|DEU||Steinmeier|president~DEU~2017-03-19~;foreign minister~DEU~2013-12-17~2017-01-27
person:heiko-maas|Heiko Maas|DEU||Maas|foreign minister~DEU~2018-03-14~2021-12-08
person:annalena-baerbock|Annalena Baerbock|DEU||Baerbock|foreign minister~DEU~2021-12-08~2025-05-06
person:johann-wadephul|Johann Wadephul|DEU||Wadephul|foreign minister~DEU~2025-05-06~
person:mariano-rajoy|Mariano Rajoy|ESP||Rajoy|prime minister~ESP~2011-12-21~2018-06-01
person:pedro-sanchez|Pedro Sánchez|ESP||Pedro Sanchez;Pedro Sánchez Pérez-Castejón|prime minister~ESP~2018-06-02~
person:felipe-vi|Felipe VI|ESP||King Felipe VI;King Felipe|king~ESP~2014-06-19~
person:jose-manuel-albares|José Manuel Albares|ESP||Jose Manuel Albares;Albares|foreign minister~ESP~2021-07-12~
person:antonio-costa|António Costa|PRT||Antonio Costa|prime minister~PRT~2015-11-26~2024-04-02;president of the European Council~~2024-12-01~~org:european-council
person:luis-montenegro|Luís Montenegro|PRT||Luis Montenegro|prime minister~PRT~2024-04-02~
person:marcelo-rebelo-de-sousa|Marcelo Rebelo de Sousa|PRT||Rebelo de Sousa|president~PRT~2016-03-09~2026-03-09~~{TERM_END}
person:paulo-rangel|Paulo Rangel|PRT||Rangel|foreign minister~PRT~2024-04-02~
person:giorgia-meloni|Giorgia Meloni|ITA||Meloni|prime minister~ITA~2022-10-22~
person:mario-draghi|Mario Draghi|ITA||Draghi|prime minister~ITA~2021-02-13~2022-10-22
person:sergio-mattarella|Sergio Mattarella|ITA||Mattarella|president~ITA~2015-02-03~
person:antonio-tajani|Antonio Tajani|ITA||Tajani|foreign minister~ITA~2022-10-22~
# --- Russia, China, Ukraine -----------------------------------------------------------------------
person:vladimir-putin|Vladimir Putin|RUS|Q7747|Putin;Vladimir Vladimirovich Putin;President Putin|president~RUS~2000-05-07~2008-05-07;president~RUS~2012-05-07~;prime minister~RUS~2008-05-08~2012-05-07
person:dmitry-medvedev|Dmitry Medvedev|RUS||Medvedev|president~RUS~2008-05-07~2012-05-07;prime minister~RUS~2012-05-08~2020-01-16
person:mikhail-mishustin|Mikhail Mishustin|RUS||Mishustin|prime minister~RUS~2020-01-16~
person:sergey-lavrov|Sergey Lavrov|RUS||Sergei Lavrov;Lavrov|foreign minister~RUS~2004-03-09~
person:xi-jinping|Xi Jinping|CHN|Q15031|Xi;President Xi|president~CHN~2013-03-14~;general secretary of the Chinese Communist Party~CHN~2012-11-15~~org:ccp
person:li-keqiang|Li Keqiang|CHN|||premier~CHN~2013-03-15~2023-03-11
person:li-qiang|Li Qiang|CHN|||premier~CHN~2023-03-11~
person:wang-yi|Wang Yi|CHN|||foreign minister~CHN~2013-03-16~2022-12-30;foreign minister~CHN~2023-07-25~
person:qin-gang|Qin Gang|CHN|||foreign minister~CHN~2022-12-30~2023-07-25
person:volodymyr-zelensky|Volodymyr Zelensky|UKR||Zelensky;Zelenskyy;Volodymyr Zelenskyy|president~UKR~2019-05-20~
person:dmytro-kuleba|Dmytro Kuleba|UKR||Kuleba|foreign minister~UKR~2020-03-04~2024-09-05
person:andrii-sybiha|Andrii Sybiha|UKR||Andriy Sybiha;Sybiha|foreign minister~UKR~2024-09-05~
# --- Gulf, Turkey, Iraq, Syria, Yemen, Egypt, Jordan -----------------------------------------------
person:salman|Salman bin Abdulaziz Al Saud|SAU||King Salman;Salman bin Abdulaziz|king~SAU~2015-01-23~
person:mohammed-bin-salman|Mohammed bin Salman|SAU||MBS;Crown Prince Mohammed bin Salman;Mohammed bin Salman Al Saud|crown prince~SAU~2017-06-21~;prime minister~SAU~2022-09-27~
person:faisal-bin-farhan|Faisal bin Farhan Al Saud|SAU||Faisal bin Farhan;Prince Faisal bin Farhan|foreign minister~SAU~2019-10-23~
person:recep-tayyip-erdogan|Recep Tayyip Erdoğan|TUR|Q39259|Recep Tayyip Erdogan;Erdoğan;Erdogan|president~TUR~2014-08-28~;prime minister~TUR~2003-03-14~2014-08-28
person:mevlut-cavusoglu|Mevlüt Çavuşoğlu|TUR||Mevlut Cavusoglu;Cavusoglu;Çavuşoğlu|foreign minister~TUR~2014-08-29~2015-08-28;foreign minister~TUR~2015-11-24~2023-06-04
person:hakan-fidan|Hakan Fidan|TUR||Fidan|foreign minister~TUR~2023-06-04~;head of the National Intelligence Organization~TUR~2010-05~2023-06~org:mit-turkey
person:tamim-bin-hamad|Tamim bin Hamad Al Thani|QAT||Sheikh Tamim bin Hamad Al Thani;Emir Tamim;Sheikh Tamim|emir~QAT~2013-06-25~
person:mohammed-bin-abdulrahman|Mohammed bin Abdulrahman Al Thani|QAT||Sheikh Mohammed bin Abdulrahman Al Thani;Mohammed bin Abdulrahman|foreign minister~QAT~2016-01-27~;prime minister~QAT~2023-03-07~
person:mohammed-shia-al-sudani|Mohammed Shia al-Sudani|IRQ||Mohammed Shia' al-Sudani;al-Sudani;Sudani|prime minister~IRQ~2022-10-27~~~{MAYBE_STALE} (elections were held in November 2025)
person:mustafa-al-kadhimi|Mustafa al-Kadhimi|IRQ||Kadhimi;al-Kadhimi|prime minister~IRQ~2020-05-07~2022-10-27
person:abdul-latif-rashid|Abdul Latif Rashid|IRQ|||president~IRQ~2022-10-17~~~{MAYBE_STALE}
person:fuad-hussein|Fuad Hussein|IRQ|||foreign minister~IRQ~2020-06-06~~~{MAYBE_STALE}
person:bashar-al-assad|Bashar al-Assad|SYR||Bashar Assad;Assad;al-Assad|president~SYR~2000-07-17~2024-12-08~~fled to Moscow as his government fell
person:ahmed-al-sharaa|Ahmed al-Sharaa|SYR||Sharaa;al-Sharaa;Abu Mohammed al-Jolani;Abu Mohammad al-Julani;al-Jolani;Jolani|president~SYR~2025-01-29~~~de facto leader from 2024-12-08;leader~SYR~2017~2025-01-29~org:hts
person:asaad-al-shaibani|Asaad al-Shaibani|SYR||Asaad Hassan al-Shaibani;al-Shaibani;Shaibani|foreign minister~SYR~2024-12-21~
person:faisal-mekdad|Faisal Mekdad|SYR||Faisal al-Miqdad;Mekdad|foreign minister~SYR~2020-11-22~2024-12-08
person:rashad-al-alimi|Rashad al-Alimi|YEM||al-Alimi;Alimi|chairman of the Presidential Leadership Council~YEM~2022-04-07~
person:abdrabbuh-mansur-hadi|Abdrabbuh Mansur Hadi|YEM||Hadi|president~YEM~2012-02-25~2022-04-07
person:abdul-malik-al-houthi|Abdul-Malik al-Houthi|YEM||Abdulmalik al-Houthi;Abdul Malik al-Houthi|leader~YEM~2004~~org:houthis
person:abdel-fattah-el-sisi|Abdel Fattah el-Sisi|EGY||Abdel Fattah al-Sisi;el-Sisi;al-Sisi;Sisi|president~EGY~2014-06-08~
person:sameh-shoukry|Sameh Shoukry|EGY||Shoukry|foreign minister~EGY~2014-06-17~2024-07-03
person:badr-abdelatty|Badr Abdelatty|EGY||Badr Abdel Aty;Abdelatty|foreign minister~EGY~2024-07-03~
person:abdullah-ii|Abdullah II|JOR||King Abdullah II;King Abdullah of Jordan|king~JOR~1999-02-07~
person:ayman-safadi|Ayman Safadi|JOR||Safadi|foreign minister~JOR~2017-01-15~
person:mohamed-bin-zayed|Mohamed bin Zayed Al Nahyan|ARE||Mohamed bin Zayed;MBZ;Sheikh Mohamed bin Zayed|president~ARE~2022-05-14~
person:abdullah-bin-zayed|Abdullah bin Zayed Al Nahyan|ARE||Abdullah bin Zayed;Sheikh Abdullah bin Zayed|foreign minister~ARE~2006-02-09~
# --- Asia, Africa ---------------------------------------------------------------------------------
person:shinzo-abe|Shinzo Abe|JPN||Abe|prime minister~JPN~2012-12-26~2020-09-16
person:yoshihide-suga|Yoshihide Suga|JPN||Suga|prime minister~JPN~2020-09-16~2021-10-04
person:fumio-kishida|Fumio Kishida|JPN||Kishida|prime minister~JPN~2021-10-04~2024-10-01
person:shigeru-ishiba|Shigeru Ishiba|JPN||Ishiba|prime minister~JPN~2024-10-01~2025-10-21
person:sanae-takaichi|Sanae Takaichi|JPN||Takaichi|prime minister~JPN~2025-10-21~
person:narendra-modi|Narendra Modi|IND|Q1058|Modi|prime minister~IND~2014-05-26~
person:s-jaishankar|S. Jaishankar|IND||Subrahmanyam Jaishankar;Jaishankar|foreign minister~IND~2019-05-30~
person:shehbaz-sharif|Shehbaz Sharif|PAK||Shahbaz Sharif|prime minister~PAK~2022-04-11~2023-08-14;prime minister~PAK~2024-03-04~
person:cyril-ramaphosa|Cyril Ramaphosa|ZAF||Ramaphosa|president~ZAF~2018-02-15~
person:yoon-suk-yeol|Yoon Suk Yeol|KOR||Yoon|president~KOR~2022-05-10~2025-04-04~~removed from office by the Constitutional Court
person:lee-jae-myung|Lee Jae-myung|KOR|||president~KOR~2025-06-04~
# --- Long-serving and historical heads of state and government (wider coverage) -------------------
person:robert-mugabe|Robert Mugabe|ZWE||Mugabe|president~ZWE~1987-12-31~2017-11-21;prime minister~ZWE~1980-04-18~1987-12-31
person:paul-kagame|Paul Kagame|RWA||Kagame|president~RWA~2000-04-22~~~acting from 2000-03-24
person:abdelaziz-bouteflika|Abdelaziz Bouteflika|DZA||Bouteflika|president~DZA~1999-04-27~2019-04-02
person:abdelmadjid-tebboune|Abdelmadjid Tebboune|DZA||Tebboune|president~DZA~2019-12-19~
person:alassane-ouattara|Alassane Ouattara|CIV||Ouattara|president~CIV~2010-12-04~~~disputed until his predecessor's arrest on 2011-04-11
person:jose-eduardo-dos-santos|José Eduardo dos Santos|AGO||Jose Eduardo dos Santos;dos Santos|president~AGO~1979-09-21~2017-09-26
person:yoweri-museveni|Yoweri Museveni|UGA||Museveni|president~UGA~1986-01-29~
person:paul-biya|Paul Biya|CMR||Biya|president~CMR~1982-11-06~
person:teodoro-obiang|Teodoro Obiang Nguema Mbasogo|GNQ||Teodoro Obiang;Obiang|president~GNQ~1979-08-03~
person:nelson-mandela|Nelson Mandela|ZAF||Mandela|president~ZAF~1994-05-10~1999-06-14
person:thabo-mbeki|Thabo Mbeki|ZAF||Mbeki|president~ZAF~1999-06-14~2008-09-24
person:jacob-zuma|Jacob Zuma|ZAF||Zuma|president~ZAF~2009-05-09~2018-02-14
person:hosni-mubarak|Hosni Mubarak|EGY||Mubarak|president~EGY~1981-10-14~2011-02-11
person:mohamed-morsi|Mohamed Morsi|EGY||Mohammed Morsi;Morsi;Mursi|president~EGY~2012-06-30~2013-07-03~~removed by the military
person:muammar-gaddafi|Muammar Gaddafi|LBY||Moammar Gadhafi;Muammar al-Qaddafi;Gaddafi;Gadhafi;Qaddafi|leader~LBY~1969-09-01~2011-08~~de facto head of state until the fall of Tripoli, killed 2011-10-20
person:saddam-hussein|Saddam Hussein|IRQ||Saddam|president~IRQ~1979-07-16~2003-04-09
person:ali-abdullah-saleh|Ali Abdullah Saleh|YEM|||president~YEM~1990-05-22~2012-02-27~~president of North Yemen from 1978
person:hafez-al-assad|Hafez al-Assad|SYR||Hafez Assad|president~SYR~1971-03-14~2000-06-10~~died in office
person:yasser-arafat|Yasser Arafat|PSE||Arafat|president~PSE~1994-07~2004-11-11~~head of the Palestinian Authority from its arrival in Gaza (July 1994), elected 1996, died in office
person:king-hussein|Hussein of Jordan|JOR||King Hussein|king~JOR~1952-08-11~1999-02-07
person:kim-jong-un|Kim Jong Un|PRK||Kim Jong-un|supreme leader~PRK~2011-12~
person:abiy-ahmed|Abiy Ahmed|ETH||Abiy|prime minister~ETH~2018-04-02~
person:muhammadu-buhari|Muhammadu Buhari|NGA||Buhari|president~NGA~2015-05-29~2023-05-29
person:bola-tinubu|Bola Tinubu|NGA||Tinubu;Bola Ahmed Tinubu|president~NGA~2023-05-29~
person:william-ruto|William Ruto|KEN||Ruto|president~KEN~2022-09-13~
person:uhuru-kenyatta|Uhuru Kenyatta|KEN||Kenyatta|president~KEN~2013-04-09~2022-09-13
person:mwai-kibaki|Mwai Kibaki|KEN||Kibaki|president~KEN~2002-12-30~2013-04-09
person:macky-sall|Macky Sall|SEN|||president~SEN~2012-04-02~2024-04-02
person:bassirou-diomaye-faye|Bassirou Diomaye Faye|SEN|||president~SEN~2024-04-02~
person:kais-saied|Kais Saied|TUN||Kaïs Saïed;Saied|president~TUN~2019-10-23~
person:mohammed-vi|Mohammed VI|MAR||King Mohammed VI|king~MAR~1999-07-23~
person:pervez-musharraf|Pervez Musharraf|PAK||Musharraf|president~PAK~2001-06-20~2008-08-18
person:imran-khan|Imran Khan|PAK|||prime minister~PAK~2018-08-18~2022-04-10
person:hamid-karzai|Hamid Karzai|AFG||Karzai|president~AFG~2004-12-07~2014-09-29~~interim leader from 2001-12-22
person:ashraf-ghani|Ashraf Ghani|AFG||Ghani|president~AFG~2014-09-29~2021-08-15
person:joko-widodo|Joko Widodo|IDN||Jokowi;Widodo|president~IDN~2014-10-20~2024-10-20
person:prabowo-subianto|Prabowo Subianto|IDN||Prabowo|president~IDN~2024-10-20~
person:rodrigo-duterte|Rodrigo Duterte|PHL||Duterte|president~PHL~2016-06-30~2022-06-30
person:ferdinand-marcos-jr|Ferdinand Marcos Jr.|PHL||Bongbong Marcos;Marcos Jr.|president~PHL~2022-06-30~
person:anwar-ibrahim|Anwar Ibrahim|MYS|||prime minister~MYS~2022-11-24~
person:min-aung-hlaing|Min Aung Hlaing|MMR|||head of the military government~MMR~2021-02-01~~~{MAYBE_STALE}
person:aung-san-suu-kyi|Aung San Suu Kyi|MMR||Suu Kyi|state counsellor~MMR~2016-04-06~2021-02-01~~deposed by the military
person:sheikh-hasina|Sheikh Hasina|BGD||Hasina|prime minister~BGD~2009-01-06~2024-08-05
person:muhammad-yunus|Muhammad Yunus|BGD||Yunus|chief adviser~BGD~2024-08-08~~~head of the interim government, {MAYBE_STALE}
person:lai-ching-te|Lai Ching-te|TWN||William Lai|president~TWN~2024-05-20~
person:tsai-ing-wen|Tsai Ing-wen|TWN|||president~TWN~2016-05-20~2024-05-20
person:alexander-lukashenko|Alexander Lukashenko|BLR||Lukashenko;Aliaksandr Lukashenka|president~BLR~1994-07-20~
person:viktor-orban|Viktor Orbán|HUN||Viktor Orban;Orbán;Orban|prime minister~HUN~2010-05-29~;prime minister~HUN~1998-07-06~2002-05-27
person:kassym-jomart-tokayev|Kassym-Jomart Tokayev|KAZ||Tokayev|president~KAZ~2019-03-20~
person:ilham-aliyev|Ilham Aliyev|AZE||Aliyev|president~AZE~2003-10-31~
person:nikol-pashinyan|Nikol Pashinyan|ARM||Pashinyan|prime minister~ARM~2018-05-08~
person:aleksandar-vucic|Aleksandar Vučić|SRB||Aleksandar Vucic;Vučić;Vucic|president~SRB~2017-05-31~
person:slobodan-milosevic|Slobodan Milošević|SRB||Slobodan Milosevic;Milošević;Milosevic|president~SRB~1997-07-23~2000-10-07~~president of the Federal Republic of Yugoslavia (Serbia and Montenegro)
person:anthony-albanese|Anthony Albanese|AUS||Albanese|prime minister~AUS~2022-05-23~
person:tony-blair|Tony Blair|GBR||Blair|prime minister~GBR~1997-05-02~2007-06-27
person:bill-clinton|Bill Clinton|USA||William Jefferson Clinton|president~USA~1993-01-20~2001-01-20
person:jacques-chirac|Jacques Chirac|FRA||Chirac|president~FRA~1995-05-17~2007-05-16
person:gerhard-schroder|Gerhard Schröder|DEU||Gerhard Schroeder;Schröder;Schroeder|chancellor~DEU~1998-10-27~2005-11-22
person:boris-yeltsin|Boris Yeltsin|RUS||Yeltsin|president~RUS~1991-07-10~1999-12-31
person:hu-jintao|Hu Jintao|CHN|||president~CHN~2003-03-15~2013-03-14
person:kofi-annan|Kofi Annan|GHA||Annan|secretary-general of the United Nations~~1997-01-01~2006-12-31~org:un
person:ban-ki-moon|Ban Ki-moon|KOR|||secretary-general of the United Nations~~2007-01-01~2016-12-31~org:un
person:mohamed-elbaradei|Mohamed ElBaradei|EGY||ElBaradei|director general of the IAEA~~1997-12-01~2009-11-30~org:iaea
# --- Heads of state and government of the 1990s and 2000s (wire archives of that time) -----------
# left out: holders whose surname is a common English word or name (Taylor, Major, Fox, Wade), since a
# bare surname resolves to the one KB person who has it whatever the date
person:hamad-bin-khalifa|Hamad bin Khalifa Al Thani|QAT||Sheikh Hamad bin Khalifa Al Thani;Hamad bin Khalifa al-Thani;Sheikh Hamad bin Khalifa al-Thani;Hamad bin Khalifa|emir~QAT~1995-06-27~2013-06-25~~abdicated in favour of his son Tamim
person:prosper-avril|Prosper Avril|HTI||Avril|president~HTI~1988-09-17~1990-03-10~~took power in a coup, resigned
person:jean-bertrand-aristide|Jean-Bertrand Aristide|HTI||Aristide|president~HTI~1991-02-07~1991-09-30~~overthrown in a coup;president~HTI~1994-10-15~1996-02-07;president~HTI~2001-02-07~2004-02-29
person:rene-preval|René Préval|HTI||Rene Preval;Préval;Preval|president~HTI~1996-02-07~2001-02-07;president~HTI~2006-05-14~2011-05-14
person:dawda-jawara|Dawda Jawara|GMB||Sir Dawda Jawara;Jawara|president~GMB~1970-04-24~1994-07-22~~overthrown in a coup
person:yahya-jammeh|Yahya Jammeh|GMB||Jammeh|president~GMB~1994-07-22~2017-01-19~~head of the military junta until 1996
person:olusegun-obasanjo|Olusegun Obasanjo|NGA||Obasanjo|president~NGA~1999-05-29~2007-05-29
person:daniel-arap-moi|Daniel arap Moi|KEN||Daniel Moi;arap Moi|president~KEN~1978-08-22~2002-12-30
person:frederick-chiluba|Frederick Chiluba|ZMB||Chiluba|president~ZMB~1991-11-02~2002-01-02
person:ahmad-tejan-kabbah|Ahmad Tejan Kabbah|SLE||Tejan Kabbah;Kabbah|president~SLE~1996-03-29~1997-05-25~~ousted in a coup;president~SLE~1998-03-10~2007-09-17
person:mobutu-sese-seko|Mobutu Sese Seko|COD||Mobutu|president~COD~1965-11-24~1997-05-16~~the country was Zaire from 1971 to 1997
person:laurent-desire-kabila|Laurent-Désiré Kabila|COD||Laurent Kabila;Laurent-Desire Kabila|president~COD~1997-05-17~2001-01-16~~assassinated
person:abdou-diouf|Abdou Diouf|SEN||Diouf|president~SEN~1981-01-01~2000-04-01
person:jerry-rawlings|Jerry Rawlings|GHA||Rawlings|president~GHA~1993-01-07~2001-01-07~~head of the military government 1981-12-31 to 1993
person:zine-el-abidine-ben-ali|Zine El Abidine Ben Ali|TUN||Ben Ali|president~TUN~1987-11-07~2011-01-14
person:liamine-zeroual|Liamine Zéroual|DZA||Liamine Zeroual;Zéroual;Zeroual|president~DZA~1994-01-31~1999-04-27
person:omar-al-bashir|Omar al-Bashir|SDN||Omar Hassan al-Bashir;Omar Bashir|president~SDN~1989-06-30~2019-04-11~~took power in a coup, removed by the military
person:meles-zenawi|Meles Zenawi|ETH||Meles|prime minister~ETH~1995-08-23~2012-08-20~~died in office
person:suharto|Suharto|IDN||Soeharto|president~IDN~1967-03-12~1998-05-21~~acting president until 1968-03-27
person:franjo-tudjman|Franjo Tuđman|HRV||Franjo Tudjman;Tuđman;Tudjman|president~HRV~1990-05-30~1999-12-10~~died in office
person:alija-izetbegovic|Alija Izetbegović|BIH||Alija Izetbegovic;Izetbegović;Izetbegovic|president~BIH~1990-12-20~1996-10-05~~president of the Presidency of the republic
person:leonid-kuchma|Leonid Kuchma|UKR||Kuchma|president~UKR~1994-07-19~2005-01-23
person:yitzhak-rabin|Yitzhak Rabin|ISR||Rabin|prime minister~ISR~1974-06-03~1977-06-20;prime minister~ISR~1992-07-13~1995-11-04~~assassinated
person:ehud-barak|Ehud Barak|ISR|||prime minister~ISR~1999-07-06~2001-03-07
person:ariel-sharon|Ariel Sharon|ISR|||prime minister~ISR~2001-03-07~2006-04-14~~incapacitated by a stroke on 2006-01-04
person:mohammad-khatami|Mohammad Khatami|IRN||Mohammed Khatami;Khatami|president~IRN~1997-08-03~2005-08-03
person:akbar-hashemi-rafsanjani|Akbar Hashemi Rafsanjani|IRN||Ali Akbar Hashemi Rafsanjani;Hashemi Rafsanjani;Rafsanjani|president~IRN~1989-08-03~1997-08-03
person:benazir-bhutto|Benazir Bhutto|PAK||Bhutto|prime minister~PAK~1988-12-02~1990-08-06;prime minister~PAK~1993-10-19~1996-11-05
person:nawaz-sharif|Nawaz Sharif|PAK||Mian Nawaz Sharif|prime minister~PAK~1990-11-06~1993-07-18;prime minister~PAK~1997-02-17~1999-10-12~~overthrown in a coup;prime minister~PAK~2013-06-05~2017-07-28
person:atal-bihari-vajpayee|Atal Bihari Vajpayee|IND||Vajpayee|prime minister~IND~1996-05-16~1996-06-01;prime minister~IND~1998-03-19~2004-05-22
person:chandrika-kumaratunga|Chandrika Kumaratunga|LKA||Chandrika Bandaranaike Kumaratunga;Kumaratunga|president~LKA~1994-11-12~2005-11-19
person:kim-dae-jung|Kim Dae-jung|KOR||Kim Dae Jung|president~KOR~1998-02-25~2003-02-24
person:jiang-zemin|Jiang Zemin|CHN|||president~CHN~1993-03-27~2003-03-15
person:ryutaro-hashimoto|Ryutaro Hashimoto|JPN||Hashimoto|prime minister~JPN~1996-01-11~1998-07-30
person:junichiro-koizumi|Junichiro Koizumi|JPN||Koizumi|prime minister~JPN~2001-04-26~2006-09-26
person:francois-mitterrand|François Mitterrand|FRA||Francois Mitterrand;Mitterrand|president~FRA~1981-05-21~1995-05-17
person:helmut-kohl|Helmut Kohl|DEU||Kohl|chancellor~DEU~1982-10-01~1998-10-27
person:jose-maria-aznar|José María Aznar|ESP||Jose Maria Aznar;Aznar|prime minister~ESP~1996-05-05~2004-04-17
person:silvio-berlusconi|Silvio Berlusconi|ITA||Berlusconi|prime minister~ITA~1994-05-10~1995-01-17;prime minister~ITA~2001-06-11~2006-05-17;prime minister~ITA~2008-05-08~2011-11-16
person:romano-prodi|Romano Prodi|ITA||Prodi|prime minister~ITA~1996-05-17~1998-10-21;prime minister~ITA~2006-05-17~2008-05-08
person:alberto-fujimori|Alberto Fujimori|PER||Fujimori|president~PER~1990-07-28~2000-11-22~~removed by Congress after resigning from abroad
person:carlos-menem|Carlos Menem|ARG||Menem|president~ARG~1989-07-08~1999-12-10
person:ernesto-zedillo|Ernesto Zedillo|MEX||Zedillo|president~MEX~1994-12-01~2000-11-30
person:fernando-henrique-cardoso|Fernando Henrique Cardoso|BRA|||president~BRA~1995-01-01~2003-01-01
person:boutros-boutros-ghali|Boutros Boutros-Ghali|EGY||Boutros-Ghali|secretary-general of the United Nations~~1992-01-01~1996-12-31~org:un
person:javier-perez-de-cuellar|Javier Pérez de Cuéllar|PER||Javier Perez de Cuellar;Pérez de Cuéllar;Perez de Cuellar|secretary-general of the United Nations~~1982-01-01~1991-12-31~org:un
# --- International organisations ------------------------------------------------------------------
person:antonio-guterres|António Guterres|PRT||Antonio Guterres;Guterres|secretary-general of the United Nations~~2017-01-01~2026-12-31~org:un~second term ends 2026-12-31;prime minister~PRT~1995-10-28~2002-04-06
person:rafael-grossi|Rafael Grossi|ARG||Rafael Mariano Grossi;Grossi|director general of the IAEA~~2019-12-03~~org:iaea
person:luis-almagro|Luis Almagro|URY||Almagro|secretary general of the OAS~~2015-05-26~2025-05~org:oas;foreign minister~URY~2010-03-01~2015-03-01
person:albert-ramdin|Albert Ramdin|SUR||Ramdin|secretary general of the OAS~~2025-05~~org:oas
person:jens-stoltenberg|Jens Stoltenberg|NOR||Stoltenberg|secretary general of NATO~~2014-10-01~2024-10-01~org:nato
person:mark-rutte|Mark Rutte|NLD||Rutte|secretary general of NATO~~2024-10-01~~org:nato;prime minister~NLD~2010-10-14~2024-07-02
person:ursula-von-der-leyen|Ursula von der Leyen|DEU||von der Leyen|president of the European Commission~~2019-12-01~~org:european-commission
person:kaja-kallas|Kaja Kallas|EST||Kallas|high representative of the EU for foreign affairs~~2024-12-01~~org:eu;prime minister~EST~2021-01-26~2024-07-23
person:josep-borrell|Josep Borrell|ESP||Borrell|high representative of the EU for foreign affairs~~2019-12-01~2024-11-30~org:eu
"""

# Role titles -> office kind (see ``newsgraph.kb.ROLE_KINDS``); anything else has no kind.
KINDS = {
    "president": "head_of_state", "interim president": "head_of_state", "acting president": "head_of_state",
    "king": "head_of_state", "queen": "head_of_state", "emir": "head_of_state", "supreme leader": "head_of_state",
    "chairman of the Presidential Leadership Council": "head_of_state",
    "prime minister": "head_of_government", "chancellor": "head_of_government", "premier": "head_of_government",
    "foreign minister": "foreign_minister", "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister", "acting foreign minister": "foreign_minister",
}
# Where the title means another office: Iran's head of state is the Supreme Leader, the president
# heads the government.
KIND_BY_COUNTRY = {("president", "IRN"): "head_of_government", ("acting president", "IRN"): "head_of_government"}
# Other titles under which the same office is reported.
TITLES = {
    "interim president": ["president"], "acting president": ["president"],
    "foreign minister": ["minister of foreign affairs", "foreign affairs minister"],
    "acting foreign minister": ["foreign minister"],
    "foreign secretary": ["foreign minister"], "secretary of state": ["foreign minister"],
    "chairman of the Presidential Leadership Council": ["president"],
    "premier": ["prime minister"],
}
