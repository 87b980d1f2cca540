"""Hand-compiled country facts merged by ``build_kb.py`` with pycountry, babel and countryinfo.

One row per state (the 193 UN members, the two observers, Taiwan, Kosovo, Western Sahara):

    ISO3 | short English name | Wikidata id | English demonyms | Spanish demonyms | Portuguese demonyms
         | capitals and seats of government used as metonyms | extra aliases (any language)

Lists are ``;``-separated; an empty cell means "not compiled" (never a guess). Sources: general
knowledge of the author, cross-checked against the registry packages where they overlap (names,
capitals); Wikidata ids are the well-known country items and were left empty where not certain.

Metonym capitals: a capital string maps to exactly one country, so capitals that are also common
first names, other places often in the news, or seats of international bodies are left out and
listed in ``EXCLUDED_CAPITALS`` with the reason (the registry capital is still kept as data in
``capital_city`` by the build, it just is not used to resolve metonyms).
"""
from __future__ import annotations

ROWS = """
AFG|Afghanistan|Q889|Afghan|afgano;afgana|afegão;afegã|Kabul|
ALB|Albania|Q222|Albanian|albanés;albanesa|albanês;albanesa|Tirana|
DZA|Algeria|Q262|Algerian|argelino;argelina|argelino;argelina|Algiers|
AND|Andorra|Q228|Andorran|andorrano;andorrana|andorrano;andorrana|Andorra la Vella|
AGO|Angola|Q916|Angolan|angoleño;angoleña|angolano;angolana|Luanda|
ATG|Antigua and Barbuda|Q781|Antiguan|antiguano;antiguana|antiguano;antiguana|Saint John's|
ARG|Argentina|Q414|Argentine;Argentinian|argentino;argentina|argentino;argentina|Buenos Aires|Argentine Republic;República Argentina
ARM|Armenia|Q399|Armenian|armenio;armenia|armênio;armênia;arménio;arménia|Yerevan|
AUS|Australia|Q408|Australian|australiano;australiana|australiano;australiana|Canberra|
AUT|Austria|Q40|Austrian|austriaco;austriaca;austríaco;austríaca|austríaco;austríaca|Vienna|
AZE|Azerbaijan|Q227|Azerbaijani;Azeri|azerbaiyano;azerbaiyana|azerbaijano;azerbaijana|Baku|
BHS|Bahamas|Q778|Bahamian|bahameño;bahameña|bahamense|Nassau|The Bahamas;the Bahamas
BHR|Bahrain|Q398|Bahraini|bareiní|bareinita|Manama|Kingdom of Bahrain
BGD|Bangladesh|Q902|Bangladeshi|bangladesí|bengali|Dhaka|
BRB|Barbados|Q244|Barbadian|barbadense|barbadiano;barbadiana|Bridgetown|
BLR|Belarus|Q184|Belarusian|bielorruso;bielorrusa|bielorrusso;bielorrussa|Minsk|Byelorussia
BEL|Belgium|Q31|Belgian|belga|belga|Brussels|Kingdom of Belgium
BLZ|Belize|Q242|Belizean|beliceño;beliceña|belizenho;belizenha|Belmopan|
BEN|Benin|Q962|Beninese|beninés;beninesa|beninense|Porto-Novo;Cotonou|
BTN|Bhutan|Q917|Bhutanese|butanés;butanesa|butanês;butanesa|Thimphu|
BOL|Bolivia|Q750|Bolivian|boliviano;boliviana|boliviano;boliviana|La Paz;Sucre|Plurinational State of Bolivia;Estado Plurinacional de Bolivia
BIH|Bosnia and Herzegovina|Q225|Bosnian|bosnio;bosnia|bósnio;bósnia|Sarajevo|Bosnia;Bosnia-Herzegovina
BWA|Botswana|Q963|Botswanan;Motswana|botsuano;botsuana|bechuano;bechuana|Gaborone|
BRA|Brazil|Q155|Brazilian|brasileño;brasileña|brasileiro;brasileira|Brasília;Brasilia|Federative Republic of Brazil;República Federativa do Brasil
BRN|Brunei|Q921|Bruneian|bruneano;bruneana|bruneano;bruneana|Bandar Seri Begawan|Brunei Darussalam
BGR|Bulgaria|Q219|Bulgarian|búlgaro;búlgara|búlgaro;búlgara|Sofia|
BFA|Burkina Faso|Q965|Burkinabe;Burkinabè|burkinés;burkinesa|burquinense|Ouagadougou|
BDI|Burundi|Q967|Burundian|burundés;burundesa|burundiano;burundiana|Gitega;Bujumbura|
CPV|Cape Verde|Q1011|Cape Verdean|caboverdiano;caboverdiana|cabo-verdiano;cabo-verdiana|Praia|Cabo Verde
KHM|Cambodia|Q424|Cambodian|camboyano;camboyana|cambojano;cambojana|Phnom Penh|Kingdom of Cambodia
CMR|Cameroon|Q1009|Cameroonian|camerunés;camerunesa|camaronês;camaronesa|Yaoundé;Yaounde|
CAN|Canada|Q16|Canadian|canadiense|canadense|Ottawa|
CAF|Central African Republic|Q929|Central African|centroafricano;centroafricana|centro-africano;centro-africana|Bangui|CAR
TCD|Chad|Q657|Chadian|chadiano;chadiana|chadiano;chadiana|N'Djamena|
CHL|Chile|Q298|Chilean|chileno;chilena|chileno;chilena|Santiago|Republic of Chile;República de Chile
CHN|China|Q148|Chinese|chino;china|chinês;chinesa|Beijing;Peking|People's Republic of China;PRC;mainland China
COL|Colombia|Q739|Colombian|colombiano;colombiana|colombiano;colombiana|Bogotá;Bogota|Republic of Colombia;República de Colombia
COM|Comoros|Q970|Comorian|comorense|comorense|Moroni|
COG|Republic of the Congo|Q971||||Brazzaville|Congo-Brazzaville;Congo Republic
COD|Democratic Republic of the Congo|Q974|Congolese|congoleño;congoleña|congolês;congolesa|Kinshasa|DR Congo;DRC;D.R. Congo;Congo-Kinshasa;Congo;República Democrática del Congo;República Democrática do Congo
CRI|Costa Rica|Q800|Costa Rican|costarricense|costarriquenho;costarriquenha;costa-riquenho;costa-riquenha|San José|
CIV|Ivory Coast|Q1008|Ivorian|marfileño;marfileña|marfinense|Yamoussoukro;Abidjan|Côte d'Ivoire;Cote d'Ivoire
HRV|Croatia|Q224|Croatian;Croat|croata|croata|Zagreb|
CUB|Cuba|Q241|Cuban|cubano;cubana|cubano;cubana|Havana|Republic of Cuba;República de Cuba;La Habana
CYP|Cyprus|Q229|Cypriot|chipriota|cipriota|Nicosia|
CZE|Czech Republic|Q213|Czech|checo;checa|tcheco;tcheca;checo;checa|Prague|Czechia
DNK|Denmark|Q35|Danish;Dane|danés;danesa|dinamarquês;dinamarquesa|Copenhagen|Kingdom of Denmark
DJI|Djibouti|Q977|Djiboutian|yibutiano;yibutiana|djibutiano;djibutiana||
DMA|Dominica|Q784||dominiqués;dominiquesa|dominiquense|Roseau|Commonwealth of Dominica
DOM|Dominican Republic|Q786|Dominican|dominicano;dominicana|dominicano;dominicana|Santo Domingo|
ECU|Ecuador|Q736|Ecuadorian;Ecuadorean|ecuatoriano;ecuatoriana|equatoriano;equatoriana|Quito|Republic of Ecuador;República del Ecuador
EGY|Egypt|Q79|Egyptian|egipcio;egipcia|egípcio;egípcia|Cairo|Arab Republic of Egypt
SLV|El Salvador|Q792|Salvadoran;Salvadorean|salvadoreño;salvadoreña|salvadorenho;salvadorenha|San Salvador|
GNQ|Equatorial Guinea|Q983|Equatoguinean;Equatorial Guinean|ecuatoguineano;ecuatoguineana|equato-guineense|Malabo|
ERI|Eritrea|Q986|Eritrean|eritreo;eritrea|eritreu;eritreia|Asmara|
EST|Estonia|Q191|Estonian|estonio;estonia|estoniano;estoniana;estónio;estónia|Tallinn|
SWZ|Eswatini|Q1050|Swazi|suazi|suazi|Mbabane|Swaziland
ETH|Ethiopia|Q115|Ethiopian|etíope|etíope|Addis Ababa|
FJI|Fiji|Q712|Fijian|fiyiano;fiyiana|fijiano;fijiana|Suva|
FIN|Finland|Q33|Finnish;Finn|finlandés;finlandesa|finlandês;finlandesa|Helsinki|
FRA|France|Q142|French|francés;francesa|francês;francesa|Paris|French Republic;République française
GAB|Gabon|Q1000|Gabonese|gabonés;gabonesa|gabonês;gabonesa|Libreville|
GMB|Gambia|Q1005|Gambian|gambiano;gambiana|gambiano;gambiana|Banjul|The Gambia;the Gambia
GEO|Georgia|Q230|Georgian|georgiano;georgiana|georgiano;georgiana|Tbilisi|
DEU|Germany|Q183|German|alemán;alemana|alemão;alemã|Berlin|Federal Republic of Germany;Bundesrepublik Deutschland;Deutschland
GHA|Ghana|Q117|Ghanaian|ghanés;ghanesa|ganês;ganesa|Accra|
GRC|Greece|Q41|Greek|griego;griega|grego;grega|Athens|Hellenic Republic
GRD|Grenada|Q769|Grenadian|granadino;granadina|granadino;granadina|Saint George's|
GTM|Guatemala|Q774|Guatemalan|guatemalteco;guatemalteca|guatemalteco;guatemalteca|Guatemala City|
GIN|Guinea|Q1006|Guinean|guineano;guineana|guineense|Conakry|Guinea-Conakry
GNB|Guinea-Bissau|Q1007|Bissau-Guinean|bisauguineano;bisauguineana|guineense|Bissau|
GUY|Guyana|Q734|Guyanese|guyanés;guyanesa|guianense|Georgetown|
HTI|Haiti|Q790|Haitian|haitiano;haitiana|haitiano;haitiana|Port-au-Prince|
HND|Honduras|Q783|Honduran|hondureño;hondureña|hondurenho;hondurenha|Tegucigalpa|
HUN|Hungary|Q28|Hungarian|húngaro;húngara|húngaro;húngara|Budapest|
ISL|Iceland|Q189|Icelandic;Icelander|islandés;islandesa|islandês;islandesa|Reykjavik;Reykjavík|
IND|India|Q668|Indian|indio;india|indiano;indiana|New Delhi|Republic of India;Bharat
IDN|Indonesia|Q252|Indonesian|indonesio;indonesia|indonésio;indonésia|Jakarta|Republic of Indonesia
IRN|Iran|Q794|Iranian|iraní|iraniano;iraniana|Tehran;Teheran|Islamic Republic of Iran;Persia;República Islámica de Irán;República Islâmica do Irã
IRQ|Iraq|Q796|Iraqi|iraquí|iraquiano;iraquiana|Baghdad|Republic of Iraq
IRL|Ireland|Q27|Irish|irlandés;irlandesa|irlandês;irlandesa|Dublin|Republic of Ireland;Éire
ISR|Israel|Q801|Israeli|israelí|israelense;israelita|Jerusalem|State of Israel
ITA|Italy|Q38|Italian|italiano;italiana|italiano;italiana|Rome|Italian Republic;Italia
JAM|Jamaica|Q766|Jamaican|jamaicano;jamaicana;jamaiquino;jamaiquina|jamaicano;jamaicana|Kingston|
JPN|Japan|Q17|Japanese|japonés;japonesa|japonês;japonesa|Tokyo|
JOR|Jordan|Q810|Jordanian|jordano;jordana|jordaniano;jordaniana|Amman|Hashemite Kingdom of Jordan
KAZ|Kazakhstan|Q232|Kazakh;Kazakhstani|kazajo;kazaja|cazaque|Astana|
KEN|Kenya|Q114|Kenyan|keniano;keniana|queniano;queniana|Nairobi|
KIR|Kiribati|Q710|I-Kiribati|kiribatiano;kiribatiana|quiribatiano;quiribatiana|Tarawa|
PRK|North Korea|Q423|North Korean|norcoreano;norcoreana|norte-coreano;norte-coreana|Pyongyang|Democratic People's Republic of Korea;DPRK;Corea del Norte;Coreia do Norte
KOR|South Korea|Q884|South Korean|surcoreano;surcoreana|sul-coreano;sul-coreana|Seoul|Republic of Korea;ROK;Corea del Sur;Coreia do Sul
KWT|Kuwait|Q817|Kuwaiti|kuwaití|kuwaitiano;kuwaitiana|Kuwait City|State of Kuwait
KGZ|Kyrgyzstan|Q813|Kyrgyz|kirguís|quirguiz|Bishkek|Kyrgyz Republic
LAO|Laos|Q819|Lao;Laotian|laosiano;laosiana|laosiano;laosiana|Vientiane|Lao PDR
LVA|Latvia|Q211|Latvian|letón;letona|letão;letã|Riga|
LBN|Lebanon|Q822|Lebanese|libanés;libanesa|libanês;libanesa|Beirut|Lebanese Republic;Líbano
LSO|Lesotho|Q1013|Basotho;Mosotho|lesotense|lesotiano;lesotiana|Maseru|
LBR|Liberia|Q1014|Liberian|liberiano;liberiana|liberiano;liberiana|Monrovia|
LBY|Libya|Q1016|Libyan|libio;libia|líbio;líbia|Tripoli|State of Libya
LIE|Liechtenstein|Q347|Liechtensteiner|liechtensteiniano;liechtensteiniana|listenstainiano;listenstainiana|Vaduz|
LTU|Lithuania|Q37|Lithuanian|lituano;lituana|lituano;lituana|Vilnius|
LUX|Luxembourg|Q32|Luxembourgish;Luxembourger|luxemburgués;luxemburguesa|luxemburguês;luxemburguesa||
MDG|Madagascar|Q1019|Malagasy|malgache|malgaxe|Antananarivo|
MWI|Malawi|Q1020|Malawian|malauí|malawiano;malawiana|Lilongwe|
MYS|Malaysia|Q833|Malaysian|malasio;malasia|malaio;malaia|Kuala Lumpur;Putrajaya|
MDV|Maldives|Q826|Maldivian|maldivo;maldiva|maldívio;maldívia|Malé|
MLI|Mali|Q912|Malian|maliense|maliano;maliana|Bamako|
MLT|Malta|Q233|Maltese|maltés;maltesa|maltês;maltesa|Valletta|
MHL|Marshall Islands|Q709|Marshallese|marshalés;marshalesa|marshallino;marshallina|Majuro|
MRT|Mauritania|Q1025|Mauritanian|mauritano;mauritana|mauritano;mauritana|Nouakchott|
MUS|Mauritius|Q1027|Mauritian|mauriciano;mauriciana|mauriciano;mauriciana|Port Louis|
MEX|Mexico|Q96|Mexican|mexicano;mexicana|mexicano;mexicana|Mexico City;Ciudad de México|United Mexican States;Estados Unidos Mexicanos;México
FSM|Micronesia|Q702|Micronesian|micronesio;micronesia|micronésio;micronésia|Palikir|Federated States of Micronesia
MDA|Moldova|Q217|Moldovan|moldavo;moldava|moldávio;moldávia|Chișinău;Chisinau|
MCO|Monaco|Q235|Monegasque|monegasco;monegasca|monegasco;monegasca||
MNG|Mongolia|Q711|Mongolian|mongol;mongola|mongol|Ulaanbaatar;Ulan Bator|
MNE|Montenegro|Q236|Montenegrin|montenegrino;montenegrina|montenegrino;montenegrina|Podgorica|
MAR|Morocco|Q1028|Moroccan|marroquí|marroquino;marroquina|Rabat|Kingdom of Morocco
MOZ|Mozambique|Q1029|Mozambican|mozambiqueño;mozambiqueña|moçambicano;moçambicana|Maputo|Moçambique
MMR|Myanmar|Q836|Burmese|birmano;birmana|birmanês;birmanesa|Naypyidaw;Naypyitaw|Burma
NAM|Namibia|Q1030|Namibian|namibio;namibia|namibiano;namibiana|Windhoek|
NRU|Nauru|Q697|Nauruan|nauruano;nauruana|nauruano;nauruana|Yaren|
NPL|Nepal|Q837|Nepali;Nepalese|nepalí|nepalês;nepalesa|Kathmandu|
NLD|Netherlands|Q55|Dutch|neerlandés;neerlandesa;holandés;holandesa|neerlandês;neerlandesa;holandês;holandesa|Amsterdam|Holland;the Netherlands;Kingdom of the Netherlands;Países Bajos;Países Baixos;Holanda
NZL|New Zealand|Q664|New Zealander;Kiwi|neozelandés;neozelandesa|neozelandês;neozelandesa|Wellington|
NIC|Nicaragua|Q811|Nicaraguan|nicaragüense|nicaraguense|Managua|Republic of Nicaragua;República de Nicaragua
NER|Niger|Q1032|Nigerien|nigerino;nigerina|nigerino;nigerina|Niamey|
NGA|Nigeria|Q1033|Nigerian|nigeriano;nigeriana|nigeriano;nigeriana|Abuja|Federal Republic of Nigeria
MKD|North Macedonia|Q221|Macedonian|macedonio;macedonia|macedônio;macedônia;macedónio;macedónia|Skopje|Macedonia
NOR|Norway|Q20|Norwegian|noruego;noruega|norueguês;norueguesa|Oslo|Kingdom of Norway
OMN|Oman|Q842|Omani|omaní|omanense|Muscat|Sultanate of Oman
PAK|Pakistan|Q843|Pakistani|pakistaní|paquistanês;paquistanesa|Islamabad|Islamic Republic of Pakistan;Paquistão
PLW|Palau|Q695|Palauan|palauano;palauana|palauense|Ngerulmud|
PAN|Panama|Q804|Panamanian|panameño;panameña|panamenho;panamenha|Panama City|Republic of Panama;Panamá
PNG|Papua New Guinea|Q691|Papua New Guinean|papú;papuano;papuana|papuásio;papuásia|Port Moresby|
PRY|Paraguay|Q733|Paraguayan|paraguayo;paraguaya|paraguaio;paraguaia|Asunción;Asuncion|Republic of Paraguay;Paraguai
PER|Peru|Q419|Peruvian|peruano;peruana|peruano;peruana|Lima|Republic of Peru;Perú
PHL|Philippines|Q928|Filipino;Philippine|filipino;filipina|filipino;filipina|Manila|the Philippines;Republic of the Philippines;Filipinas
POL|Poland|Q36|Polish;Pole|polaco;polaca|polonês;polonesa;polaco;polaca|Warsaw|Republic of Poland;Polska
PRT|Portugal|Q45|Portuguese|portugués;portuguesa|português;portuguesa|Lisbon|Portuguese Republic
QAT|Qatar|Q846|Qatari|catarí|catariano;catariana;catarense|Doha|State of Qatar;Catar
ROU|Romania|Q218|Romanian|rumano;rumana|romeno;romena|Bucharest|
RUS|Russia|Q159|Russian|ruso;rusa|russo;russa|Moscow|Russian Federation;Rusia;Rússia
RWA|Rwanda|Q1037|Rwandan|ruandés;ruandesa|ruandês;ruandesa|Kigali|
KNA|Saint Kitts and Nevis|Q763|Kittitian;Nevisian|sancristobaleño;sancristobaleña|são-cristovense|Basseterre|St. Kitts and Nevis
LCA|Saint Lucia|Q760|Saint Lucian|santalucense|santa-lucense|Castries|St. Lucia
VCT|Saint Vincent and the Grenadines|Q757|Vincentian|sanvicentino;sanvicentina|são-vicentino;são-vicentina|Kingstown|St. Vincent and the Grenadines
WSM|Samoa|Q683|Samoan|samoano;samoana|samoano;samoana|Apia|
SMR|San Marino|Q238|Sammarinese|sanmarinense|são-marinense||
STP|São Tomé and Príncipe|Q1039|São Toméan|santotomense|são-tomense|São Tomé|Sao Tome and Principe
SAU|Saudi Arabia|Q851|Saudi;Saudi Arabian|saudí;saudita|saudita|Riyadh|Kingdom of Saudi Arabia;KSA;Arabia Saudita;Arábia Saudita
SEN|Senegal|Q1041|Senegalese|senegalés;senegalesa|senegalês;senegalesa|Dakar|
SRB|Serbia|Q403|Serbian;Serb|serbio;serbia|sérvio;sérvia|Belgrade|Republic of Serbia
SYC|Seychelles|Q1042|Seychellois|seychellense|seichelense|Victoria|
SLE|Sierra Leone|Q1044|Sierra Leonean|sierraleonés;sierraleonesa|serra-leonês;serra-leonesa|Freetown|
SGP|Singapore|Q334|Singaporean|singapurense|singapurense||
SVK|Slovakia|Q214|Slovak|eslovaco;eslovaca|eslovaco;eslovaca|Bratislava|Slovak Republic
SVN|Slovenia|Q215|Slovenian;Slovene|esloveno;eslovena|esloveno;eslovena|Ljubljana|
SLB|Solomon Islands|Q685|Solomon Islander|salomonense|salomônico;salomónico|Honiara|
SOM|Somalia|Q1045|Somali|somalí|somali|Mogadishu|Federal Republic of Somalia
ZAF|South Africa|Q258|South African|sudafricano;sudafricana|sul-africano;sul-africana|Pretoria|Republic of South Africa
SSD|South Sudan|Q958|South Sudanese|sursudanés;sursudanesa|sul-sudanês;sul-sudanesa|Juba|
ESP|Spain|Q29|Spanish;Spaniard|español;española|espanhol;espanhola|Madrid|Kingdom of Spain;Reino de España;España;Espanha
LKA|Sri Lanka|Q854|Sri Lankan|esrilanqués;esrilanquesa;ceilandés;ceilandesa|cingalês;cingalesa|Colombo;Sri Jayawardenepura Kotte|Ceylon
SDN|Sudan|Q1049|Sudanese|sudanés;sudanesa|sudanês;sudanesa|Khartoum|Republic of the Sudan;the Sudan
SUR|Suriname|Q730|Surinamese|surinamés;surinamesa|surinamês;surinamesa|Paramaribo|Surinam
SWE|Sweden|Q34|Swedish;Swede|sueco;sueca|sueco;sueca|Stockholm|Kingdom of Sweden
CHE|Switzerland|Q39|Swiss|suizo;suiza|suíço;suíça|Bern;Berne|Swiss Confederation
SYR|Syria|Q858|Syrian|sirio;siria|sírio;síria|Damascus|Syrian Arab Republic;Siria;Síria
TJK|Tajikistan|Q863|Tajik;Tajikistani|tayiko;tayika|tajique|Dushanbe|
TZA|Tanzania|Q924|Tanzanian|tanzano;tanzana|tanzaniano;tanzaniana|Dodoma|United Republic of Tanzania
THA|Thailand|Q869|Thai|tailandés;tailandesa|tailandês;tailandesa|Bangkok|Kingdom of Thailand
TLS|East Timor|Q574|Timorese|timorense|timorense|Dili|Timor-Leste
TGO|Togo|Q945|Togolese|togolés;togolesa|togolês;togolesa|Lomé|
TON|Tonga|Q678|Tongan|tongano;tongana|tonganês;tonganesa|Nuku'alofa|
TTO|Trinidad and Tobago|Q754|Trinidadian;Tobagonian|trinitense|trinitário;trinitária|Port of Spain|Trinidad
TUN|Tunisia|Q948|Tunisian|tunecino;tunecina|tunisiano;tunisiana|Tunis|
TUR|Turkey|Q43|Turkish|turco;turca|turco;turca|Ankara|Türkiye;Turkiye;Republic of Türkiye;Republic of Turkey;Turquía;Turquia
TKM|Turkmenistan|Q874|Turkmen|turcomano;turcomana|turcomeno;turcomena|Ashgabat|
TUV|Tuvalu|Q672|Tuvaluan|tuvaluano;tuvaluana|tuvaluano;tuvaluana|Funafuti|
UGA|Uganda|Q1036|Ugandan|ugandés;ugandesa|ugandense|Kampala|
UKR|Ukraine|Q212|Ukrainian|ucraniano;ucraniana|ucraniano;ucraniana|Kyiv;Kiev|Ucrania;Ucrânia
ARE|United Arab Emirates|Q878|Emirati|emiratí|emiradense;emiratense|Abu Dhabi|UAE;U.A.E.;the Emirates;Emiratos Árabes Unidos;Emirados Árabes Unidos
GBR|United Kingdom|Q145|British|británico;británica|britânico;britânica|London|UK;U.K.;Britain;Great Britain;the United Kingdom;United Kingdom of Great Britain and Northern Ireland;Reino Unido;Gran Bretaña;Grã-Bretanha
USA|United States|Q30|American|estadounidense;norteamericano;norteamericana|americano;americana;norte-americano;norte-americana;estadunidense;estado-unidense|Washington;Washington, D.C.;Washington D.C.;Washington DC|U.S.;US;USA;U.S.A.;America;the United States;United States of America;the US;the U.S.;EE.UU.;EE. UU.;EEUU;EUA;Estados Unidos de América;Estados Unidos da América
URY|Uruguay|Q77|Uruguayan|uruguayo;uruguaya|uruguaio;uruguaia|Montevideo|Oriental Republic of Uruguay;Uruguai
UZB|Uzbekistan|Q265|Uzbek;Uzbekistani|uzbeko;uzbeka|uzbeque|Tashkent|
VUT|Vanuatu|Q686|Ni-Vanuatu|vanuatuense|vanuatuense|Port Vila|
VEN|Venezuela|Q717|Venezuelan|venezolano;venezolana|venezuelano;venezuelana|Caracas|Bolivarian Republic of Venezuela;República Bolivariana de Venezuela
VNM|Vietnam|Q881|Vietnamese|vietnamita|vietnamita|Hanoi|Viet Nam;Socialist Republic of Vietnam
YEM|Yemen|Q805|Yemeni|yemení|iemenita|Sanaa;Sana'a|Republic of Yemen;Iêmen;Iémen
ZMB|Zambia|Q953|Zambian|zambiano;zambiana|zambiano;zambiana|Lusaka|Zâmbia
ZWE|Zimbabwe|Q954|Zimbabwean|zimbabuense|zimbabuano;zimbabuana|Harare|
VAT|Holy See|Q237|Vatican|vaticano;vaticana|vaticano;vaticana||Vatican;Vatican City;the Vatican;Santa Sede;Santa Sé;Vaticano
PSE|Palestine|Q219060|Palestinian|palestino;palestina|palestino;palestina|Ramallah|State of Palestine;Palestinian territories;Palestinian Territories;Palestina
TWN|Taiwan|Q865|Taiwanese|taiwanés;taiwanesa|taiwanês;taiwanesa|Taipei|Republic of China;ROC;Taiwán
XKX|Kosovo|Q1246|Kosovar;Kosovan|kosovar|kosovar|Pristina;Prishtina|Republic of Kosovo
ESH|Western Sahara|Q6250|Sahrawi;Western Saharan|saharaui|saaraui||Sahrawi Arab Democratic Republic;SADR;Sáhara Occidental;Saara Ocidental
"""

# Capitals from the table that are NOT used as metonyms (kept as data, not resolved): the name is
# a common first name, another much-reported place, or the seat of international bodies.
EXCLUDED_CAPITALS = {
    "Brussels": "seat of the EU institutions: 'Brussels' in the news is usually the EU, not Belgium",
    "Sofia": "common first name",
    "Victoria": "common first name and an Australian state",
    "Kingston": "several Kingstons (Ontario, upon Thames); Jamaica's government is rarely so named",
    "Georgetown": "Washington DC neighbourhood and university",
    "San José": "also a large Californian city",
    "Nassau": "also Nassau County, New York",
    "Tripoli": "also Lebanon's second city, frequent in Lebanon news",
    "Santo Domingo": "kept: no clash",  # documentation of a reviewed, kept capital
    "Saint John's": "also a Canadian city (St. John's)",
    "Saint George's": "generic",
    "Juba": "kept: no clash",
    "Praia": "Portuguese common noun 'beach'",
    "Lima": "kept: Lima, Ohio is rarely in the news",
    "Santiago": "kept, but also Santiago de Cuba / Santiago de Compostela / the first name: those longer"
                " names do not match because the ruler prefers the longest span",
    "Washington": "kept for the US government; 'Washington state' and the first name George Washington"
                  " are the known clashes, left to context (the resolver sees 'state')",
    "Jerusalem": "kept for the Israeli government (Israel's seat of government); its status is disputed",
    "Sucre": "kept: Bolivia's constitutional capital; also a Venezuelan state and a surname",
    "Colombo": "kept: Sri Lanka's commercial capital and usual metonym",
    "Peking": "historical spelling, kept",
    "Malé": "kept",
}
KEPT = {k for k, v in EXCLUDED_CAPITALS.items() if v.startswith("kept")}

# CAMEO country codes that differ from ISO 3166 alpha-3. The PLOVER gold standard records coded
# with CAMEO (openeventdata/PLOVER, PLOVER_GSR_CAMEO) use these legacy codes; everything else is
# the ISO code. Kosovo has no ISO code: XKX is the user-assigned code used by the EU and others.
CAMEO_CODES = {"JPN": "JAP", "ITA": "ITL", "VNM": "VTN"}

# Names that also mean something else in English news; resolvers should check context.
AMBIGUOUS_NAMES = {
    "GEO": {"Georgia": "also a US state"},
    "JOR": {"Jordan": "also a first name, a surname and a river"},
    "TCD": {"Chad": "also a first name"},
    "TUR": {"Turkey": "also the bird"},
    "COD": {"Congo": "also the Republic of the Congo (COG) and the river; here the DRC, the more reported"},
    "MKD": {"Macedonia": "also the Greek region"},
    "USA": {"America": "also the continent(s); 'the Americas', 'Latin America' etc. are region entries",
            "US": "upper-case only; 'us' the pronoun does not match (the ruler is case-sensitive)"},
    "NER": {"Niger": "also the river"},
    "GIN": {"Guinea": "also part of Equatorial Guinea, Guinea-Bissau, Papua New Guinea (longer names win)"},
    "DOM": {"Dominican": "demonym shared with Dominica"},
    "DMA": {"Dominican": "demonym shared with the Dominican Republic"},
    "COG": {"Congolese": "demonym shared with the DRC"},
    "TWN": {"Republic of China": "Taiwan's official name; the PRC is 'People's Republic of China'"},
}

# World regions ("Latin America", which must not read as "America") are in the events/actors
# lexicon kb/data/lexicon/regions.json, owned by the actors engineer.

# ISO territories whose ISO short name is not how the news writes them: (name, extra aliases).
TERRITORY_NAMES = {
    "FLK": ("Falkland Islands", ["Falklands", "Malvinas", "Islas Malvinas", "Falkland Islands (Malvinas)"]),
    "MAF": ("Saint Martin", ["Saint Martin (French part)", "Saint-Martin"]),
    "SXM": ("Sint Maarten", ["Sint Maarten (Dutch part)"]),
    "CCK": ("Cocos (Keeling) Islands", ["Cocos Islands", "Keeling Islands"]),
    "SHN": ("Saint Helena", ["Saint Helena, Ascension and Tristan da Cunha"]),
    "BES": ("Caribbean Netherlands", ["Bonaire, Sint Eustatius and Saba", "Bonaire"]),
    "MAC": ("Macao", ["Macau"]),
    "HKG": ("Hong Kong", ["Hong Kong SAR"]),
}
