"""Hand-compiled organisations, expanded by ``build_orgs.py`` into ``organizations.json``.

Rows: ``id | name | type | country (ISO3, empty for IGOs/transnational) | CAMEO code | Wikidata |
parent id | aliases (;-separated)``. Empty cells are "unknown here", never guessed.

CAMEO codes follow the PETRARCH convention: country (CAMEO country code) + sector (GOV, MIL, REB,
SPY, COP, JUD, LEG, OPP, MED, BUS, CRM, NGO...). Ruling parties are coded GOV and opposition
parties OPP as of the latest date the author knows (noted per row where it changed). IGOs of the UN
family carry IGOUNO (the UN code seen in PETRARCH output, e.g. IGOUNOMIL); other IGOs carry the bare
IGO prefix because their CAMEO suffix could not be verified here. Transnational jihadist groups carry
IMGMUS (international militarized group, Muslim), ISIS IMGMUSISI as in PETRARCH gold output.
Wikidata ids only where the author is certain (the best-known items); otherwise empty.

Shared aliases: an alias on two organisations of the same type needs a ``disambiguation`` rule,
given in ``DISAMBIGUATION`` (id -> rule): "country" = choose the organisation of the document's
country; "prefer" = this one unless context says otherwise.
"""
from __future__ import annotations

ROWS = """
# --- Iran ---------------------------------------------------------------------------------------
org:iran-armed-forces|Armed Forces of the Islamic Republic of Iran|military|IRN|IRNMIL|||Iranian Armed Forces;Iran's armed forces;Iranian military;General Staff of the Armed Forces of Iran
org:artesh|Islamic Republic of Iran Army|military|IRN|IRNMIL||org:iran-armed-forces|Artesh;Iranian Army;Iranian regular army
org:irgc|Islamic Revolutionary Guard Corps|military|IRN|IRNMIL||org:iran-armed-forces|IRGC;Islamic Revolutionary Guards Corps;Revolutionary Guards;Revolutionary Guard;Iranian Revolutionary Guard Corps;Iran's Revolutionary Guards;Sepah;Pasdaran;Guardia Revolucionaria;Guardia Revolucionaria Islámica;Cuerpo de la Guardia Revolucionaria Islámica;Guarda Revolucionária;Guarda Revolucionária Islâmica;Corpo da Guarda Revolucionária Islâmica
org:quds-force|Quds Force|military|IRN|IRNMIL||org:irgc|IRGC Quds Force;IRGC-QF;Qods Force;al-Quds Force;Quds Force of the IRGC;Fuerza Quds;Força Quds
org:basij|Basij|military|IRN|IRNMIL||org:irgc|Basij Resistance Force;Basij militia;Organization for Mobilization of the Oppressed
org:irgc-navy|IRGC Navy|military|IRN|IRNMIL||org:irgc|Navy of the Islamic Revolutionary Guard Corps;IRGCN
org:irgc-aerospace|IRGC Aerospace Force|military|IRN|IRNMIL||org:irgc|IRGC-ASF;Aerospace Force of the IRGC
org:irgc-intelligence|IRGC Intelligence Organization|intelligence|IRN|IRNSPY||org:irgc|IRGC Intelligence Organisation;IRGC-IO;Intelligence Organization of the IRGC
org:mois|Ministry of Intelligence of the Islamic Republic of Iran|intelligence|IRN|IRNSPY|||MOIS;Iranian Ministry of Intelligence;Ministry of Intelligence and Security;Iran's Ministry of Intelligence;VAJA;Ministerio de Inteligencia de Irán;Ministério da Inteligência do Irã
org:iran-government|Government of Iran|government|IRN|IRNGOV|||Iranian government;Iran's government;Islamic Republic government
org:iran-supreme-leader-office|Office of the Supreme Leader of Iran|government|IRN|IRNGOV||org:iran-government|Office of the Supreme Leader;Beit Rahbari;Supreme Leader's office
org:iran-snsc|Supreme National Security Council of Iran|government|IRN|IRNGOV||org:iran-government|Supreme National Security Council;SNSC
org:iran-guardian-council|Guardian Council|government|IRN|IRNGOV||org:iran-government|Council of Guardians;Guardian Council of the Constitution
org:iran-majlis|Islamic Consultative Assembly|legislature|IRN|IRNLEG|||Majlis;Iranian parliament;Iran's parliament;Majles;Iranian Majlis
org:iran-judiciary|Judiciary of Iran|judiciary|IRN|IRNJUD|||Iranian judiciary;Iran's judiciary
org:iran-mission-un|Permanent Mission of the Islamic Republic of Iran to the United Nations|government|IRN|IRNGOV||org:mfa-irn|Iranian mission to the United Nations;Iranian mission to the UN;Iranian mission to the U.N.;Iran's mission to the United Nations;Iran's mission to the UN;Iran's mission to the U.N.;Iranian UN mission;Iranian U.N. mission;Iran's U.N. mission;Iran's UN mission
org:iran-police|Law Enforcement Command of the Islamic Republic of Iran|police|IRN|IRNCOP|||FARAJA;Iranian police;Iran's police
# --- Lebanon, Palestinians, Iraq, Syria, Yemen: armed groups and governments -----------------------
org:hezbollah|Hezbollah|armed_group|LBN|LBNREB|Q41053||Hizbollah;Hizballah;Hizbullah;Hezbolá;Hizbulá;Hezbollah movement;Party of God;Lebanese Hezbollah
org:hezbollah-military-wing|Islamic Resistance in Lebanon|armed_group|LBN|LBNREB||org:hezbollah|Hezbollah's military wing;Hezbollah military wing;Islamic Resistance;Jihad Council;Hezbollah's armed wing
org:hezbollah-eso|Hezbollah External Security Organization|armed_group|LBN|LBNREB||org:hezbollah|External Security Organization;Islamic Jihad Organization;Unit 910
org:amal|Amal Movement|party|LBN|LBN|||Amal;Harakat Amal
org:lebanese-armed-forces|Lebanese Armed Forces|military|LBN|LBNMIL|||LAF;Lebanese army;Lebanese Army
org:lebanon-government|Government of Lebanon|government|LBN|LBNGOV|||Lebanese government;Lebanon's government
org:hamas|Hamas|armed_group|PSE|PSEREB|Q38799||Islamic Resistance Movement;Harakat al-Muqawama al-Islamiya;Movimiento de Resistencia Islámica;Movimento de Resistência Islâmica
org:qassam-brigades|Izz ad-Din al-Qassam Brigades|armed_group|PSE|PSEREB||org:hamas|Qassam Brigades;al-Qassam Brigades;Ezzedine al-Qassam Brigades;Izz al-Din al-Qassam Brigades;Hamas's armed wing;Hamas' armed wing;Hamas military wing;Brigadas Al Qassam;Brigadas Ezzedin al Qassam
org:pij|Palestinian Islamic Jihad|armed_group|PSE|PSEREB|||PIJ;Islamic Jihad;Islamic Jihad Movement in Palestine;Yihad Islámica;Yihad Islámica Palestina;Jihad Islâmica;Jihad Islâmica Palestina
org:al-quds-brigades|Al-Quds Brigades|armed_group|PSE|PSEREB||org:pij|Saraya al-Quds;Islamic Jihad's armed wing;Quds Brigades
org:palestinian-authority|Palestinian Authority|government|PSE|PSEGOV|||Palestinian National Authority;Autoridad Palestina;Autoridade Palestina
org:fatah|Fatah|party|PSE|PSEGOV|||Fatah movement;Palestinian National Liberation Movement
org:plo|Palestine Liberation Organization|government|PSE|PSEGOV|||PLO;Palestine Liberation Organisation;OLP
org:houthis|Ansar Allah|armed_group|YEM|YEMREB|||Houthis;Houthi;Houthi movement;Houthi rebels;Ansarallah;Ansar Allah movement;hutíes;rebeldes hutíes;houthis;huthis
org:yemen-government|Presidential Leadership Council of Yemen|government|YEM|YEMGOV|||Presidential Leadership Council;Yemeni government;Yemen's internationally recognized government
org:kataib-hezbollah|Kataib Hezbollah|armed_group|IRQ|IRQREB|||Kata'ib Hezbollah;Kataib Hizballah;Kata'ib Hizballah;Hezbollah Brigades;KH
org:asaib-ahl-al-haq|Asaib Ahl al-Haq|armed_group|IRQ|IRQREB|||Asa'ib Ahl al-Haq;AAH;League of the Righteous;Khazali Network
org:nujaba|Harakat al-Nujaba|armed_group|IRQ|IRQREB|||Harakat Hezbollah al-Nujaba;al-Nujaba;Nujaba
org:kataib-sayyid-al-shuhada|Kataib Sayyid al-Shuhada|armed_group|IRQ|IRQREB|||Kata'ib Sayyid al-Shuhada;KSS
org:badr|Badr Organization|armed_group|IRQ|IRQREB|||Badr Organisation;Badr Corps;Badr Brigade
org:pmf|Popular Mobilization Forces|military|IRQ|IRQMIL|||PMF;Popular Mobilisation Forces;Hashd al-Shaabi;al-Hashd al-Shaabi;PMU;Popular Mobilization Units
org:islamic-resistance-iraq|Islamic Resistance in Iraq|armed_group|IRQ|IRQREB|||Islamic Resistance in Iraq umbrella
org:iraq-government|Government of Iraq|government|IRQ|IRQGOV|||Iraqi government;Iraq's government
org:hts|Hayat Tahrir al-Sham|armed_group|SYR|SYRREB|||HTS;Tahrir al-Sham;Levant Liberation Committee;Organization for the Liberation of the Levant;Jabhat al-Nusra;al-Nusra Front;Nusra Front;Jabhat Fateh al-Sham
org:sdf|Syrian Democratic Forces|armed_group|SYR|SYRREB|||SDF;Syrian Democratic Forces (SDF)
org:pkk|Kurdistan Workers' Party|armed_group|TUR|TURREB|||PKK;Kurdistan Workers Party
# --- Transnational jihadist groups ---------------------------------------------------------------
org:isis|Islamic State|armed_group||IMGMUSISI|Q2429253||ISIS;ISIL;IS;Islamic State of Iraq and Syria;Islamic State of Iraq and the Levant;Islamic State group;Daesh;Daech;Estado Islámico;Estado Islâmico;EI
org:isis-k|Islamic State Khorasan Province|armed_group|AFG|IMGMUSISI||org:isis|ISIS-K;ISKP;IS-K;Islamic State-Khorasan;ISIS-Khorasan
org:iswap|Islamic State West Africa Province|armed_group|NGA|IMGMUSISI||org:isis|ISWAP;Islamic State West Africa
org:is-sahel|Islamic State Sahel Province|armed_group|MLI|IMGMUSISI||org:isis|IS Sahel;ISSP;Islamic State in the Greater Sahara;ISGS
org:is-somalia|Islamic State Somalia Province|armed_group|SOM|IMGMUSISI||org:isis|ISIS-Somalia;IS Somalia
org:is-mozambique|Islamic State Mozambique Province|armed_group|MOZ|IMGMUSISI||org:isis|ISIS-Mozambique;IS Mozambique
org:is-central-africa|Islamic State Central Africa Province|armed_group|COD|IMGMUSISI||org:isis|ISCAP
org:al-qaeda|al-Qaeda|armed_group||IMGMUS|Q34490||al-Qaida;al Qaeda;Al Qaeda;al-Qa'ida;Al-Qaeda;Al-Qaida;Al Qaida;Alqaeda;core al-Qaeda
org:aqap|al-Qaeda in the Arabian Peninsula|armed_group|YEM|IMGMUS||org:al-qaeda|AQAP;Al-Qaeda in the Arabian Peninsula;al-Qaida in the Arabian Peninsula;Ansar al-Sharia in Yemen
org:aqim|al-Qaeda in the Islamic Maghreb|armed_group|DZA|IMGMUS||org:al-qaeda|AQIM;Al-Qaeda in the Islamic Maghreb;al-Qaida in the Islamic Maghreb
org:al-shabaab|al-Shabaab|armed_group|SOM|IMGMUS||org:al-qaeda|Al-Shabaab;al-Shabab;Al-Shabab;Harakat al-Shabaab al-Mujahideen;Al Shabaab
org:jnim|Jama'at Nasr al-Islam wal-Muslimin|armed_group|MLI|IMGMUS||org:al-qaeda|JNIM;Jamaat Nusrat al-Islam wal-Muslimin;Group for the Support of Islam and Muslims;GSIM
org:aqis|al-Qaeda in the Indian Subcontinent|armed_group|AFG|IMGMUS||org:al-qaeda|AQIS
org:hurras-al-din|Hurras al-Din|armed_group|SYR|IMGMUS||org:al-qaeda|Hurras al-Deen;Guardians of Religion Organization
org:taliban|Taliban|armed_group|AFG|AFGGOV|Q42418||the Taliban;Islamic Emirate of Afghanistan;talibanes
org:boko-haram|Boko Haram|armed_group|NGA|NGAREB|||Jama'atu Ahlis Sunna Lidda'awati wal-Jihad;JAS
org:muslim-brotherhood|Muslim Brotherhood|party|EGY|EGYOPPMUS|||Muslim Brothers;Ikhwan;Hermandad Musulmana;Irmandade Muçulmana
# --- Latin America: guerrillas, dissidents, criminal organisations --------------------------------
org:farc|Revolutionary Armed Forces of Colombia|armed_group|COL|COLREB|||FARC;FARC-EP;Fuerzas Armadas Revolucionarias de Colombia;Forças Armadas Revolucionárias da Colômbia
org:farc-dissidents|FARC dissidents|armed_group|COL|COLREB||org:farc|FARC dissident groups;dissident FARC;FARC dissident factions;disidencias de las FARC;dissidências das FARC
org:segunda-marquetalia|Segunda Marquetalia|armed_group|COL|COLREB||org:farc-dissidents|Second Marquetalia
org:emc|Estado Mayor Central|armed_group|COL|COLREB||org:farc-dissidents|EMC;Central General Staff;Estado Mayor Central de las FARC;EMC FARC-EP
org:emb|Estado Mayor de Bloques y Frentes|armed_group|COL|COLREB||org:farc-dissidents|EMBF;Calarcá faction
org:eln|National Liberation Army|armed_group|COL|COLREB|||ELN;Ejército de Liberación Nacional;Exército de Libertação Nacional;National Liberation Army (Colombia)
org:clan-del-golfo|Clan del Golfo|criminal_org|COL|COLCRM|||Gulf Clan;Autodefensas Gaitanistas de Colombia;AGC;Ejército Gaitanista de Colombia;EGC;Los Urabeños;Clan Úsuga
org:shining-path|Shining Path|armed_group|PER|PERREB|||Sendero Luminoso;Militarized Communist Party of Peru;MPCP;Sendero Luminoso (Peru)
org:pcc|Primeiro Comando da Capital|criminal_org|BRA|BRACRM|||PCC;First Capital Command;Primer Comando de la Capital;Primeiro Comando
org:comando-vermelho|Comando Vermelho|criminal_org|BRA|BRACRM|||Red Command;Comando Rojo
org:tren-de-aragua|Tren de Aragua|criminal_org|VEN|VENCRM|||TdA;Tren de Aragua gang;Aragua Train
org:cartel-de-los-soles|Cartel de los Soles|criminal_org|VEN|VENCRM|||Cartel of the Suns;Cártel de los Soles;Cartel dos Sóis;Suns Cartel
org:sinaloa-cartel|Sinaloa Cartel|criminal_org|MEX|MEXCRM|||Cártel de Sinaloa;Cartel de Sinaloa;Sinaloa cartel;Cartel do Sinaloa;Pacific Cartel
org:cjng|Jalisco New Generation Cartel|criminal_org|MEX|MEXCRM|||CJNG;Cártel de Jalisco Nueva Generación;Cartel de Jalisco Nueva Generación;Jalisco cartel;Jalisco Cartel;Cartel Jalisco Nueva Generación
org:gulf-cartel|Gulf Cartel|criminal_org|MEX|MEXCRM|||Cártel del Golfo;Cartel del Golfo
org:cartel-del-noreste|Cartel del Noreste|criminal_org|MEX|MEXCRM|||Cártel del Noreste;Northeast Cartel
org:carteles-unidos|Carteles Unidos|criminal_org|MEX|MEXCRM|||Cárteles Unidos;United Cartels
org:la-nueva-familia-michoacana|La Nueva Familia Michoacana|criminal_org|MEX|MEXCRM|||Familia Michoacana;La Familia Michoacana
org:ms-13|MS-13|criminal_org|SLV|SLVCRM|||Mara Salvatrucha;MS13;Mara Salvatrucha 13
org:barrio-18|Barrio 18|criminal_org|SLV|SLVCRM|||18th Street gang;Calle 18;Mara 18;M-18
org:los-choneros|Los Choneros|criminal_org|ECU|ECUCRM|||Choneros
org:los-lobos|Los Lobos|criminal_org|ECU|ECUCRM|||Lobos gang
# --- Parties --------------------------------------------------------------------------------------
org:mas-bolivia|Movement for Socialism|party|BOL|BOLOPP|||MAS;MAS-IPSP;Movimiento al Socialismo;Movimiento al Socialismo-Instrumento Político por la Soberanía de los Pueblos;Movimento ao Socialismo;Movement Toward Socialism;Movement towards Socialism
org:pdc-bolivia|Christian Democratic Party (Bolivia)|party|BOL|BOLGOV|||Partido Demócrata Cristiano;PDC
org:psuv|United Socialist Party of Venezuela|party|VEN|VENGOV|||PSUV;Partido Socialista Unido de Venezuela;Partido Socialista Unido da Venezuela
org:vente-venezuela|Vente Venezuela|party|VEN|VENOPP|||
org:libre-honduras|Liberty and Refoundation|party|HND|HND|||Libre;Partido Libertad y Refundación;Libertad y Refundación;LIBRE
org:morena|National Regeneration Movement|party|MEX|MEXGOV|||Morena;MORENA;Movimiento Regeneración Nacional
org:pt-brazil|Workers' Party (Brazil)|party|BRA|BRAGOV|||Partido dos Trabalhadores;Brazilian Workers' Party
org:pl-brazil|Liberal Party (Brazil)|party|BRA|BRAOPP|||Partido Liberal (Brasil)
org:la-libertad-avanza|La Libertad Avanza|party|ARG|ARGGOV|||LLA;Libertad Avanza
org:pj-argentina|Justicialist Party|party|ARG|ARGOPP|||Partido Justicialista;Peronist party;Peronists;peronismo
org:fsln|Sandinista National Liberation Front|party|NIC|NICGOV|||FSLN;Sandinistas;Frente Sandinista de Liberación Nacional;Sandinista Front
org:pcc-cuba|Communist Party of Cuba|party|CUB|CUBGOV|||Partido Comunista de Cuba;Cuban Communist Party
org:nuevas-ideas|Nuevas Ideas|party|SLV|SLVGOV|||New Ideas
org:pacto-historico|Pacto Histórico|party|COL|COLGOV|||Historic Pact;Pacto Historico
org:us-republican-party|Republican Party (United States)|party|USA|USAGOV|||Republican Party;GOP;Republicans;Partido Republicano
org:us-democratic-party|Democratic Party (United States)|party|USA|USAOPP|||Democratic Party;Democrats;Partido Demócrata
org:likud|Likud|party|ISR|ISRGOV|||Likud party
org:uk-labour|Labour Party (UK)|party|GBR|GBRGOV|||Labour Party;British Labour Party
org:uk-conservatives|Conservative Party (UK)|party|GBR|GBROPP|||Conservative Party;Tories;Tory party
org:ccp|Chinese Communist Party|party|CHN|CHNGOV|||CCP;Communist Party of China;CPC;Partido Comunista de China;Partido Comunista Chinês
org:united-russia|United Russia|party|RUS|RUSGOV|||Yedinaya Rossiya
# --- United States --------------------------------------------------------------------------------
org:us-government|Government of the United States|government|USA|USAGOV|||U.S. government;US government;United States government;American government;federal government of the United States;Trump administration;Biden administration;gobierno de Estados Unidos;governo dos Estados Unidos
org:white-house|White House|government|USA|USAGOV||org:us-government|the White House;Casa Blanca;Casa Branca;Executive Office of the President
org:us-nsc|United States National Security Council|government|USA|USAGOV||org:white-house|National Security Council;U.S. National Security Council;NSC
org:us-state-department|United States Department of State|ministry|USA|USAGOV|Q789915|org:us-government|State Department;U.S. State Department;US State Department;Department of State;the State Department;State Dept.;Departamento de Estado;Departamento de Estado de Estados Unidos;Departamento de Estado dos EUA;Departamento de Estado norte-americano
org:us-treasury|United States Department of the Treasury|ministry|USA|USAGOV||org:us-government|U.S. Treasury;US Treasury;Treasury Department;U.S. Treasury Department;US Treasury Department;Department of the Treasury;the Treasury;Departamento del Tesoro;Departamento do Tesouro;Tesoro de Estados Unidos
org:ofac|Office of Foreign Assets Control|ministry|USA|USAGOV||org:us-treasury|OFAC;Treasury's Office of Foreign Assets Control;Oficina de Control de Activos Extranjeros
org:us-dhs|United States Department of Homeland Security|ministry|USA|USAGOV||org:us-government|DHS;Department of Homeland Security;Homeland Security;U.S. Department of Homeland Security;Departamento de Seguridad Nacional
org:us-doj|United States Department of Justice|ministry|USA|USAJUD||org:us-government|DOJ;Justice Department;Department of Justice;U.S. Justice Department;US Justice Department;U.S. Department of Justice;Departamento de Justicia;Departamento de Justiça
org:us-dod|United States Department of Defense|ministry|USA|USAMIL||org:us-government|Pentagon;the Pentagon;Department of Defense;Defense Department;DoD;DOD;U.S. Defense Department;Department of War;War Department;Pentágono;Departamento de Defensa
org:us-military|United States Armed Forces|military|USA|USAMIL||org:us-dod|U.S. military;US military;American military;U.S. armed forces;US armed forces;U.S. forces;US forces;American forces;Fuerzas Armadas de Estados Unidos
org:us-army|United States Army|military|USA|USAMIL||org:us-military|U.S. Army;US Army
org:us-navy|United States Navy|military|USA|USAMIL||org:us-military|U.S. Navy;US Navy
org:us-air-force|United States Air Force|military|USA|USAMIL||org:us-military|U.S. Air Force;US Air Force;USAF
org:us-marines|United States Marine Corps|military|USA|USAMIL||org:us-military|U.S. Marine Corps;US Marine Corps;USMC;U.S. Marines;US Marines
org:us-coast-guard|United States Coast Guard|military|USA|USAMIL||org:us-military|U.S. Coast Guard;US Coast Guard;USCG
org:southcom|United States Southern Command|military|USA|USAMIL||org:us-military|SOUTHCOM;U.S. Southern Command;US Southern Command;Southern Command;Comando Sur;Comando Sur de Estados Unidos
org:centcom|United States Central Command|military|USA|USAMIL||org:us-military|CENTCOM;U.S. Central Command;US Central Command;Central Command
org:cia|Central Intelligence Agency|intelligence|USA|USASPY|Q37230|org:us-government|CIA;the CIA;Agencia Central de Inteligencia;Agência Central de Inteligência;C.I.A.
org:fbi|Federal Bureau of Investigation|police|USA|USACOP|Q8333|org:us-doj|FBI;the FBI;F.B.I.;Buró Federal de Investigaciones;Oficina Federal de Investigación
org:nsa|National Security Agency|intelligence|USA|USASPY||org:us-dod|NSA;U.S. National Security Agency;Agencia de Seguridad Nacional
org:odni|Office of the Director of National Intelligence|intelligence|USA|USASPY||org:us-government|ODNI;Director of National Intelligence;DNI;U.S. intelligence community;US intelligence community;Oficina del Director de Inteligencia Nacional
org:dia|Defense Intelligence Agency|intelligence|USA|USASPY||org:us-dod|DIA;U.S. Defense Intelligence Agency
org:dea|Drug Enforcement Administration|police|USA|USACOP||org:us-doj|DEA;U.S. Drug Enforcement Administration;Administración para el Control de Drogas
org:ice|U.S. Immigration and Customs Enforcement|police|USA|USACOP||org:us-dhs|ICE;Immigration and Customs Enforcement
org:cbp|U.S. Customs and Border Protection|police|USA|USACOP||org:us-dhs|CBP;Customs and Border Protection;Border Patrol;U.S. Border Patrol
org:usaid|United States Agency for International Development|government|USA|USAGOV||org:us-state-department|USAID;U.S. Agency for International Development;Agencia de los Estados Unidos para el Desarrollo Internacional
org:mcc|Millennium Challenge Corporation|government|USA|USAGOV||org:us-government|MCC;Millennium Challenge Corp.;Corporación del Desafío del Milenio;Corporação Desafio do Milênio
org:us-commerce|United States Department of Commerce|ministry|USA|USAGOV||org:us-government|Commerce Department;Department of Commerce;U.S. Commerce Department;US Commerce Department
org:us-congress|United States Congress|legislature|USA|USALEG|||U.S. Congress;US Congress;Congreso de Estados Unidos;Congresso dos Estados Unidos;Capitol Hill
org:us-senate|United States Senate|legislature|USA|USALEG||org:us-congress|U.S. Senate;US Senate;Senado de Estados Unidos;Senate Foreign Relations Committee
org:us-house|United States House of Representatives|legislature|USA|USALEG||org:us-congress|U.S. House of Representatives;US House of Representatives;U.S. House;US House;Cámara de Representantes de Estados Unidos
org:us-supreme-court|Supreme Court of the United States|judiciary|USA|USAJUD|||U.S. Supreme Court;US Supreme Court;SCOTUS
# --- Israel ---------------------------------------------------------------------------------------
org:israel-government|Government of Israel|government|ISR|ISRGOV|||Israeli government;Israel's government;gobierno israelí;governo israelense
org:israel-pmo|Prime Minister's Office (Israel)|government|ISR|ISRGOV||org:israel-government|Israeli Prime Minister's Office;Netanyahu's office;Israeli PMO
org:idf|Israel Defense Forces|military|ISR|ISRMIL|||IDF;Israeli military;Israeli army;Israeli Defense Forces;Israeli forces;Tzahal;Fuerzas de Defensa de Israel;Forças de Defesa de Israel;Ejército israelí;exército israelense
org:mossad|Mossad|intelligence|ISR|ISRSPY||org:israel-pmo|Institute for Intelligence and Special Operations;the Mossad;Israeli Mossad
org:shin-bet|Shin Bet|intelligence|ISR|ISRSPY||org:israel-pmo|Israel Security Agency;Shabak;Shin Beth;General Security Service
org:aman|Military Intelligence Directorate (Israel)|intelligence|ISR|ISRSPY||org:idf|Aman;Israeli military intelligence
org:israel-police|Israel Police|police|ISR|ISRCOP|||Israeli police
org:knesset|Knesset|legislature|ISR|ISRLEG|||Israeli parliament;Israel's parliament
# --- United Kingdom -------------------------------------------------------------------------------
org:uk-government|Government of the United Kingdom|government|GBR|GBRGOV|||British government;UK government;U.K. government;Her Majesty's Government;His Majesty's Government;HMG;gobierno británico
org:downing-street|Prime Minister's Office (United Kingdom)|government|GBR|GBRGOV||org:uk-government|Downing Street;10 Downing Street;No 10;Number 10
org:fcdo|Foreign, Commonwealth and Development Office|ministry|GBR|GBRGOV||org:uk-government|FCDO;Foreign Office;British Foreign Office;UK Foreign Office;Foreign and Commonwealth Office;FCO;Foreign, Commonwealth & Development Office;Ministerio de Asuntos Exteriores británico
org:uk-home-office|Home Office|ministry|GBR|GBRGOV||org:uk-government|British Home Office;UK Home Office
org:uk-mod|Ministry of Defence (United Kingdom)|ministry|GBR|GBRMIL||org:uk-government|British Ministry of Defence;UK Ministry of Defence
org:mi6|Secret Intelligence Service|intelligence|GBR|GBRSPY||org:fcdo|MI6;SIS;British Secret Intelligence Service
org:mi5|Security Service|intelligence|GBR|GBRSPY||org:uk-home-office|MI5;British Security Service
org:gchq|Government Communications Headquarters|intelligence|GBR|GBRSPY||org:fcdo|GCHQ
org:british-armed-forces|British Armed Forces|military|GBR|GBRMIL||org:uk-mod|British military;UK military;British Army;Royal Navy;Royal Air Force;RAF
org:uk-parliament|Parliament of the United Kingdom|legislature|GBR|GBRLEG|||British Parliament;UK Parliament;House of Commons;House of Lords;Westminster
org:met-police|Metropolitan Police Service|police|GBR|GBRCOP|||Metropolitan Police;Met Police;Scotland Yard;London police
# --- National legislatures named on their own (a bare "parliament" goes to the report's home state) --
org:bundestag|Bundestag|legislature|DEU|DEULEG|||German Bundestag;German parliament;Germany's parliament
org:argentina-congress|Argentine National Congress|legislature|ARG|ARGLEG|||National Congress of Argentina;Argentine Congress;Argentina's Congress;Congreso de la Nación Argentina
org:brazil-congress|National Congress of Brazil|legislature|BRA|BRALEG|||Brazilian Congress;Brazil's Congress;Congresso Nacional do Brasil
org:chile-congress|National Congress of Chile|legislature|CHL|CHLLEG|||Chilean Congress;Chile's Congress;Congreso Nacional de Chile
org:colombia-congress|Congress of Colombia|legislature|COL|COLLEG|||Colombian Congress;Colombia's Congress;Congreso de la República de Colombia
org:paraguay-congress|National Congress of Paraguay|legislature|PRY|PRYLEG|||Paraguayan Congress;Paraguay's Congress;Congreso Nacional del Paraguay
org:peru-congress|Congress of the Republic of Peru|legislature|PER|PERLEG|||Peruvian Congress;Peru's Congress;Congreso de la República del Perú
org:mexico-congress|Congress of the Union|legislature|MEX|MEXLEG|||Mexican Congress;Mexico's Congress;Congreso de la Unión
org:russia-duma|State Duma|legislature|RUS|RUSLEG|||Russian State Duma;Russian Duma
org:ukraine-rada|Verkhovna Rada|legislature|UKR|UKRLEG|||Ukrainian parliament;Ukraine's parliament
org:france-national-assembly|National Assembly (France)|legislature|FRA|FRALEG|||French National Assembly;Assemblée nationale;French parliament
org:netherlands-states-general|States General of the Netherlands|legislature|NLD|NLDLEG|||Dutch parliament;Netherlands parliament
org:australia-parliament|Parliament of Australia|legislature|AUS|AUSLEG|||Australian Parliament;Federal Parliament of Australia
org:turkey-parliament|Grand National Assembly of Turkey|legislature|TUR|TURLEG|||Turkish parliament;Turkey's parliament
org:lebanon-parliament|Parliament of Lebanon|legislature|LBN|LBNLEG|||Lebanese parliament;Lebanon's parliament
# --- Other governments, ministries, services ------------------------------------------------------
org:kremlin|Presidential Administration of Russia|government|RUS|RUSGOV|||Kremlin;the Kremlin;Kremlin administration
org:russia-armed-forces|Armed Forces of the Russian Federation|military|RUS|RUSMIL|||Russian military;Russian armed forces;Russian army;Russian forces
org:fsb|Federal Security Service|intelligence|RUS|RUSSPY|||FSB;Russian Federal Security Service
org:svr|Foreign Intelligence Service (Russia)|intelligence|RUS|RUSSPY|||SVR;Russian Foreign Intelligence Service
org:gru|Main Directorate of the General Staff|intelligence|RUS|RUSSPY||org:russia-armed-forces|GRU;Russian military intelligence
org:wagner|Wagner Group|armed_group|RUS|RUSMIL|||PMC Wagner;Wagner mercenaries
org:pla|People's Liberation Army|military|CHN|CHNMIL|||PLA;Chinese military;Ejército Popular de Liberación
org:mss|Ministry of State Security (China)|intelligence|CHN|CHNSPY|||MSS;Chinese Ministry of State Security
org:elysee|Élysée Palace|government|FRA|FRAGOV|||Élysée;Elysee;Elysee Palace;French presidency
org:dgse|Directorate-General for External Security|intelligence|FRA|FRASPY|||DGSE;French foreign intelligence
org:bnd|Federal Intelligence Service (Germany)|intelligence|DEU|DEUSPY|||BND;Bundesnachrichtendienst;German foreign intelligence
org:spain-cni|Centro Nacional de Inteligencia (Spain)|intelligence|ESP|ESPSPY|||CNI;Spanish intelligence;Spain's National Intelligence Centre
org:mit-turkey|National Intelligence Organization (Turkey)|intelligence|TUR|TURSPY|||MİT;Turkish intelligence;Millî İstihbarat Teşkilatı
org:saudi-gip|General Intelligence Presidency|intelligence|SAU|SAUSPY|||GIP;Saudi intelligence;Saudi General Intelligence Presidency
# --- The Americas: governments, intelligence, police, armed forces --------------------------------
org:casa-rosada|Casa Rosada|government|ARG|ARGGOV|||Argentine presidency;Argentine government;Argentina's government;gobierno argentino
org:side-argentina|Secretaría de Inteligencia de Estado|intelligence|ARG|ARGSPY|||SIDE;Secretariat of State Intelligence;Argentine intelligence;Argentina's intelligence service
org:afi-argentina|Agencia Federal de Inteligencia|intelligence|ARG|ARGSPY|||AFI;Federal Intelligence Agency (Argentina)
org:argentine-federal-police|Argentine Federal Police|police|ARG|ARGCOP|||Policía Federal Argentina;PFA
org:planalto|Palácio do Planalto|government|BRA|BRAGOV|||Planalto;Brazilian presidency;Brazilian government;Brazil's government;governo brasileiro;gobierno brasileño
org:abin|Brazilian Intelligence Agency|intelligence|BRA|BRASPY|||ABIN;Agência Brasileira de Inteligência;Agencia Brasileña de Inteligencia
org:brazil-federal-police|Federal Police of Brazil|police|BRA|BRACOP|||Polícia Federal;Brazilian Federal Police;Policía Federal de Brasil
org:brazil-stf|Supreme Federal Court|judiciary|BRA|BRAJUD|||STF;Supremo Tribunal Federal;Brazil's Supreme Court;Brazilian Supreme Court
org:brazil-armed-forces|Brazilian Armed Forces|military|BRA|BRAMIL|||Forças Armadas do Brasil;Brazilian military;Brazilian Army;Exército Brasileiro
org:colombia-dni|Dirección Nacional de Inteligencia (Colombia)|intelligence|COL|COLSPY|||DNI;National Intelligence Directorate (Colombia);Colombian intelligence
org:colombia-police|National Police of Colombia|police|COL|COLCOP|||Policía Nacional de Colombia;Colombian police
org:colombia-military|Military Forces of Colombia|military|COL|COLMIL|||Fuerzas Militares de Colombia;Colombian military;Colombian army;Ejército Nacional de Colombia
org:casa-de-narino|Casa de Nariño|government|COL|COLGOV|||Colombian presidency;Colombian government;Colombia's government;gobierno colombiano
org:mexico-cni|Centro Nacional de Inteligencia (Mexico)|intelligence|MEX|MEXSPY|||CNI;National Intelligence Center (Mexico);Mexican intelligence;CISEN
org:mexico-government|Government of Mexico|government|MEX|MEXGOV|||Mexican government;Mexico's government;gobierno de México;gobierno mexicano
org:mexico-national-guard|National Guard (Mexico)|police|MEX|MEXCOP|||Mexican National Guard
org:sedena|Secretariat of National Defense (Mexico)|ministry|MEX|MEXMIL|||SEDENA;Secretaría de la Defensa Nacional;Mexican army;Mexican military
org:venezuela-government|Government of Venezuela|government|VEN|VENGOV|||Venezuelan government;Venezuela's government;gobierno venezolano;governo venezuelano;Miraflores Palace;Palacio de Miraflores
org:sebin|Bolivarian National Intelligence Service|intelligence|VEN|VENSPY|||SEBIN;Servicio Bolivariano de Inteligencia Nacional
org:dgcim|General Directorate of Military Counterintelligence|intelligence|VEN|VENSPY||org:fanb|DGCIM;Dirección General de Contrainteligencia Militar
org:fanb|Bolivarian National Armed Forces|military|VEN|VENMIL|||FANB;Fuerza Armada Nacional Bolivariana;Venezuelan military;Venezuelan armed forces
org:cuba-government|Government of Cuba|government|CUB|CUBGOV|||Cuban government;Cuba's government;gobierno cubano;governo cubano
org:cuba-di|Intelligence Directorate (Cuba)|intelligence|CUB|CUBSPY|||Dirección de Inteligencia;Cuban Intelligence Directorate;Cuban intelligence;G2
org:chile-ani|Agencia Nacional de Inteligencia (Chile)|intelligence|CHL|CHLSPY|||ANI;National Intelligence Agency (Chile);Chilean intelligence
org:la-moneda|Palacio de La Moneda|government|CHL|CHLGOV|||La Moneda;Chilean government;Chile's government;gobierno chileno
org:peru-dini|Dirección Nacional de Inteligencia (Peru)|intelligence|PER|PERSPY|||DINI;Peruvian intelligence;National Intelligence Directorate (Peru)
org:peru-government|Government of Peru|government|PER|PERGOV|||Peruvian government;Peru's government;gobierno peruano
org:ecuador-cies|Centro de Inteligencia Estratégica|intelligence|ECU|ECUSPY|||CIES;Ecuadorian intelligence;Strategic Intelligence Center (Ecuador)
org:ecuador-government|Government of Ecuador|government|ECU|ECUGOV|||Ecuadorian government;Ecuador's government;gobierno ecuatoriano;Palacio de Carondelet;Carondelet
org:bolivia-government|Government of Bolivia|government|BOL|BOLGOV|||Bolivian government;Bolivia's government;gobierno boliviano;governo boliviano;Casa Grande del Pueblo;Palacio Quemado
org:bolivia-police|Bolivian Police|police|BOL|BOLCOP|||Policía Boliviana;Bolivian police
org:felcn|Special Force to Fight Drug Trafficking|police|BOL|BOLCOP||org:bolivia-police|FELCN;Fuerza Especial de Lucha Contra el Narcotráfico
org:bolivia-armed-forces|Armed Forces of Bolivia|military|BOL|BOLMIL|||Fuerzas Armadas de Bolivia;Bolivian military;Bolivian armed forces;Bolivian army
org:bolivia-legislature|Plurinational Legislative Assembly|legislature|BOL|BOLLEG|||Asamblea Legislativa Plurinacional;Bolivian legislature;Bolivian Congress
org:ypfb|Yacimientos Petrolíferos Fiscales Bolivianos|company|BOL|BOLBUS|||YPFB
org:nicaragua-government|Government of Nicaragua|government|NIC|NICGOV|||Nicaraguan government;Nicaragua's government;gobierno nicaragüense
org:pdvsa|Petróleos de Venezuela|company|VEN|VENBUS|||PDVSA;Petroleos de Venezuela
org:conviasa|Conviasa|company|VEN|VENBUS|||Consorcio Venezolano de Industrias Aeronáuticas y Servicios Aéreos
org:emtrasur|Emtrasur|company|VEN|VENBUS||org:conviasa|Emtrasur Cargo
org:mahan-air|Mahan Air|company|IRN|IRNBUS|||
org:petrobras|Petrobras|company|BRA|BRABUS|||Petróleo Brasileiro
org:pemex|Pemex|company|MEX|MEXBUS|||Petróleos Mexicanos
org:canada-government|Government of Canada|government|CAN|CANGOV|||Canadian government;Canada's government;Ottawa government
org:csis-canada|Canadian Security Intelligence Service|intelligence|CAN|CANSPY|||Canadian Security Intelligence Service (CSIS)
org:rcmp|Royal Canadian Mounted Police|police|CAN|CANCOP|||RCMP;Mounties
# --- United Nations and other IGOs ------------------------------------------------------------------
org:un|United Nations|igo||IGOUNO|Q1065||UN;U.N.;the UN;the U.N.;Naciones Unidas;Nações Unidas;ONU;United Nations Organization
org:unsc|United Nations Security Council|igo||IGOUNO|Q37470|org:un|Security Council;UN Security Council;U.N. Security Council;UNSC;Consejo de Seguridad;Consejo de Seguridad de la ONU;Conselho de Segurança;Conselho de Segurança da ONU
org:unga|United Nations General Assembly|igo||IGOUNO|Q47423|org:un|General Assembly;UN General Assembly;U.N. General Assembly;UNGA;Asamblea General de la ONU;Assembleia Geral da ONU
org:un-secretariat|United Nations Secretariat|igo||IGOUNO||org:un|UN Secretariat;U.N. Secretariat;UN Secretary-General;U.N. Secretary-General;Secretary-General of the United Nations
org:unhcr|United Nations High Commissioner for Refugees|igo||IGOUNO||org:un|UNHCR;UN refugee agency;U.N. refugee agency;ACNUR;UN Refugee Agency
org:unicef|UNICEF|igo||IGOUNO||org:un|United Nations Children's Fund;UN children's agency;U.N. children's agency
org:ohchr|Office of the United Nations High Commissioner for Human Rights|igo||IGOUNO||org:un|OHCHR;UN human rights office;U.N. human rights office;UN Human Rights Office;UN High Commissioner for Human Rights;Alto Comisionado de la ONU para los Derechos Humanos
org:unhrc|United Nations Human Rights Council|igo||IGOUNO||org:un|UN Human Rights Council;U.N. Human Rights Council;UNHRC;Human Rights Council;Consejo de Derechos Humanos de la ONU
org:iaea|International Atomic Energy Agency|igo||IGOUNO||org:un|IAEA;UN nuclear watchdog;U.N. nuclear watchdog;Organismo Internacional de Energía Atómica;OIEA;Agência Internacional de Energia Atômica;AIEA
org:who|World Health Organization|igo||IGOUNO|Q7817|org:un|WHO;World Health Organisation;Organización Mundial de la Salud;OMS;Organização Mundial da Saúde
org:wfp|World Food Programme|igo||IGOUNO||org:un|WFP;UN World Food Programme;Programa Mundial de Alimentos
org:undp|United Nations Development Programme|igo||IGOUNO||org:un|UNDP;PNUD
org:unodc|United Nations Office on Drugs and Crime|igo||IGOUNO||org:un|UNODC;UN Office on Drugs and Crime;Oficina de las Naciones Unidas contra la Droga y el Delito
org:unesco|UNESCO|igo||IGOUNO||org:un|United Nations Educational, Scientific and Cultural Organization
org:ocha|United Nations Office for the Coordination of Humanitarian Affairs|igo||IGOUNO||org:un|OCHA;UN humanitarian office;UN aid office
org:unrwa|UNRWA|igo||IGOUNO||org:un|United Nations Relief and Works Agency for Palestine Refugees in the Near East;UN agency for Palestinian refugees;UN Relief and Works Agency
org:unifil|United Nations Interim Force in Lebanon|igo||IGOUNO||org:un|UNIFIL;UN peacekeepers in Lebanon
org:icj|International Court of Justice|igo||IGOUNO||org:un|ICJ;World Court;Corte Internacional de Justicia;Corte Internacional de Justiça
org:icc|International Criminal Court|igo||IGO|Q47488||ICC;Corte Penal Internacional;Tribunal Penal Internacional
org:oas|Organization of American States|igo||IGO|||OAS;Organisation of American States;Organización de los Estados Americanos;OEA;Organização dos Estados Americanos
org:iachr|Inter-American Commission on Human Rights|igo||IGO||org:oas|IACHR;Comisión Interamericana de Derechos Humanos;CIDH;Comissão Interamericana de Direitos Humanos
org:iacourt|Inter-American Court of Human Rights|igo||IGO||org:oas|Corte Interamericana de Derechos Humanos;Corte IDH
org:idb|Inter-American Development Bank|igo||IGO|||IDB;IADB;Banco Interamericano de Desarrollo
org:nato|North Atlantic Treaty Organization|igo||IGO|Q7184||NATO;North Atlantic Treaty Organisation;OTAN;the Atlantic alliance
org:eu|European Union|igo||IGO|Q458||EU;E.U.;the EU;Unión Europea;União Europeia;UE;the European Union
org:european-commission|European Commission|igo||IGO||org:eu|EU Commission;Commission européenne;Comisión Europea;Comissão Europeia;Brussels executive
org:council-eu|Council of the European Union|igo||IGO||org:eu|Council of the EU;EU Council;Consejo de la Unión Europea;Council of Ministers of the EU
org:european-council|European Council|igo||IGO||org:eu|Consejo Europeo;Conselho Europeu
org:european-parliament|European Parliament|igo||IGO||org:eu|Parlamento Europeo;Parlamento Europeu;EU Parliament
org:eeas|European External Action Service|igo||IGO||org:eu|EEAS;EU foreign service;EU's diplomatic service;Servicio Europeo de Acción Exterior
org:europol|Europol|igo||IGO||org:eu|European Union Agency for Law Enforcement Cooperation
org:mercosur|Mercosur|igo||IGO|||Mercosul;Southern Common Market;Mercado Común del Sur;Mercado Comum do Sul;MERCOSUR
org:celac|Community of Latin American and Caribbean States|igo||IGO|||CELAC;Comunidad de Estados Latinoamericanos y Caribeños;Comunidade de Estados Latino-Americanos e Caribenhos
org:alba|ALBA|igo||IGO|||Bolivarian Alliance for the Peoples of Our America;ALBA-TCP;Alianza Bolivariana para los Pueblos de Nuestra América
org:can-andean|Andean Community|igo||IGO|||Comunidad Andina;Andean Community of Nations
org:unasur|Union of South American Nations|igo||IGO|||UNASUR;Unasur;Unión de Naciones Suramericanas
org:caricom|Caribbean Community|igo||IGO|||CARICOM;Caricom
org:sica|Central American Integration System|igo||IGO|||SICA;Sistema de la Integración Centroamericana
org:arab-league|Arab League|igo||IGO|Q7172||League of Arab States;the Arab League;Liga Árabe;Liga Árabe de Estados
org:gcc|Gulf Cooperation Council|igo||IGO|||GCC;Cooperation Council for the Arab States of the Gulf;Consejo de Cooperación del Golfo
org:oic|Organisation of Islamic Cooperation|igo||IGO|||OIC;Organization of Islamic Cooperation;Organización para la Cooperación Islámica
org:african-union|African Union|igo||IGO|Q7159||AU;Unión Africana;União Africana
org:ecowas|Economic Community of West African States|igo||IGO|||ECOWAS;CEDEAO
org:asean|Association of Southeast Asian Nations|igo||IGO|Q7768||ASEAN
org:osce|Organization for Security and Co-operation in Europe|igo||IGO|||OSCE;Organisation for Security and Co-operation in Europe
org:opec|Organization of the Petroleum Exporting Countries|igo||IGO|Q7795||OPEC;OPEP
org:imf|International Monetary Fund|igo||IGO|Q7804||IMF;Fondo Monetario Internacional;FMI;Fundo Monetário Internacional
org:world-bank|World Bank|igo||IGO|Q7164||World Bank Group;Banco Mundial
org:wto|World Trade Organization|igo||IGO|||WTO;World Trade Organisation;Organización Mundial del Comercio;OMC
org:g7|Group of Seven|igo||IGO|||G7;G-7
org:g20|Group of Twenty|igo||IGO|||G20;G-20
org:brics|BRICS|igo||IGO|||BRICS group
org:sco|Shanghai Cooperation Organisation|igo||IGO|||SCO;Shanghai Cooperation Organization
org:interpol|Interpol|igo||IGO|||International Criminal Police Organization;INTERPOL;ICPO
org:fatf|Financial Action Task Force|igo||IGO|||FATF;GAFI;Grupo de Acción Financiera Internacional;Financial Action Task Force on Money Laundering
org:gafilat|Financial Action Task Force of Latin America|igo||IGO|||GAFILAT;Grupo de Acción Financiera de Latinoamérica
org:opcw|Organisation for the Prohibition of Chemical Weapons|igo||IGO|||OPCW;Organization for the Prohibition of Chemical Weapons
org:apec|Asia-Pacific Economic Cooperation|igo||IGO|||APEC;Asia Pacific Economic Cooperation
org:european-communities|European Communities|igo||IGO||org:eu|European Community;European Economic Community;EEC;European Common Market;Common Market
org:ifrc|International Federation of Red Cross and Red Crescent Societies|ngo||NGO|||IFRC;Red Crescent;International Red Cross and Red Crescent Movement
org:african-development-bank|African Development Bank|igo||IGO|||AfDB
org:milf|Moro Islamic Liberation Front|armed_group|PHL|PHLREB|||MILF
org:abu-sayyaf|Abu Sayyaf|armed_group|PHL|PHLREB|||Abu Sayyaf Group;ASG
org:npa-philippines|New People's Army|armed_group|PHL|PHLREB|||NPA
org:ltte|Liberation Tigers of Tamil Eelam|armed_group|LKA|LKAREB|||LTTE;Tamil Tigers
org:ruf|Revolutionary United Front|armed_group|SLE|SLEREB|||RUF
org:knu|Karen National Union|armed_group|MMR|MMRREB|||KNU;Karen National Liberation Army;KNLA
org:arakan-army|Arakan Army|armed_group|MMR|MMRREB|||
org:polisario|Polisario Front|armed_group|ESH|ESHREB|||Polisario;Frente Polisario
org:m23|March 23 Movement|armed_group|COD|CODREB|||M23;M23 rebels;Mouvement du 23 mars
org:rsf-sudan|Rapid Support Forces|armed_group|SDN|SDNREB|||RSF;Rapid Support Forces (Sudan)
org:sudan-armed-forces|Sudanese Armed Forces|military|SDN|SDNMIL|||SAF;Sudanese army
org:janjaweed|Janjaweed|armed_group|SDN|SDNREB|||Janjawid
org:ttp|Tehrik-i-Taliban Pakistan|armed_group|PAK|PAKREB|||TTP;Pakistani Taliban
org:lashkar-e-taiba|Lashkar-e-Taiba|armed_group|PAK|PAKREB|||LeT;Lashkar-e-Tayyiba
org:jaish-e-mohammed|Jaish-e-Mohammed|armed_group|PAK|PAKREB|||JeM;Jaish-e-Muhammad
org:bla|Balochistan Liberation Army|armed_group|PAK|PAKREB|||BLA;Baloch Liberation Army
org:eta|ETA|armed_group|ESP|ESPREB|||Euskadi Ta Askatasuna;Basque separatist group ETA
org:ira|Irish Republican Army|armed_group|GBR|GBRREB|||IRA;Provisional IRA;Provisional Irish Republican Army
org:kla|Kosovo Liberation Army|armed_group|XKX|XKXREB|||KLA;UÇK
org:ezln|Zapatista Army of National Liberation|armed_group|MEX|MEXREB|||EZLN;Zapatistas;Ejército Zapatista de Liberación Nacional
org:kifaya|Kefaya|party|EGY|EGYOPP|||Kifaya;Egyptian Movement for Change
org:anc|African National Congress|party|ZAF|ZAFGOV|||ANC
# --- NGOs and think tanks ---------------------------------------------------------------------------
org:icrc|International Committee of the Red Cross|ngo||NGO|||ICRC;Red Cross;Comité Internacional de la Cruz Roja;CICR;Cruz Roja;Cruz Vermelha
org:amnesty|Amnesty International|ngo||NGOHRI|||Amnistía Internacional;Anistia Internacional
org:hrw|Human Rights Watch|ngo||NGOHRI|||HRW
org:sohr|Syrian Observatory for Human Rights|ngo|SYR|SYROPPHRI|||SOHR;Syrian Observatory
org:msf|Médecins Sans Frontières|ngo||NGO|||MSF;Doctors Without Borders;Médicos Sin Fronteras;Médicos Sem Fronteiras
org:transparency-international|Transparency International|ngo||NGO|||Transparencia Internacional
org:crisis-group|International Crisis Group|ngo||NGO|||Crisis Group;ICG
org:insight-crime|InSight Crime|ngo||NGO|||Insight Crime
org:fdd|Foundation for Defense of Democracies|ngo|USA|USANGO|||FDD
org:cfr|Council on Foreign Relations|ngo|USA|USANGO|||CFR
org:atlantic-council|Atlantic Council|ngo|USA|USANGO|||
org:csis-us|Center for Strategic and International Studies|ngo|USA|USANGO|||Center for Strategic & International Studies
org:foro-penal|Foro Penal|ngo|VEN|VENNGO|||Foro Penal Venezolano
# --- Media ----------------------------------------------------------------------------------------
org:reuters|Reuters|media|GBR|GBRMED|Q130879||Thomson Reuters;Reuters news agency;REUTERS
org:ap|Associated Press|media|USA|USAMED|Q40469||AP;the Associated Press;The Associated Press
org:afp|Agence France-Presse|media|FRA|FRAMED|Q40464||AFP;Agence France Presse
org:bloomberg|Bloomberg News|media|USA|USAMED|||Bloomberg;Bloomberg L.P.
org:axios|Axios|media|USA|USAMED|||
org:nyt|The New York Times|media|USA|USAMED|Q9684||New York Times;NYT
org:wapo|The Washington Post|media|USA|USAMED|||Washington Post;WaPo
org:wsj|The Wall Street Journal|media|USA|USAMED|||Wall Street Journal;WSJ
org:politico|Politico|media|USA|USAMED|||POLITICO
org:cnn|CNN|media|USA|USAMED|Q48340||Cable News Network;CNN en Español
org:fox-news|Fox News|media|USA|USAMED|||Fox News Channel
org:nbc-news|NBC News|media|USA|USAMED|||NBC
org:cbs-news|CBS News|media|USA|USAMED|||CBS
org:abc-news-us|ABC News|media|USA|USAMED|||
org:npr|NPR|media|USA|USAMED|||National Public Radio
org:univision|Univision|media|USA|USAMED|||
org:telemundo|Telemundo|media|USA|USAMED|||
org:miami-herald|Miami Herald|media|USA|USAMED|||The Miami Herald
org:bbc|BBC|media|GBR|GBRMED|Q9531||British Broadcasting Corporation;BBC News;BBC Mundo;BBC Brasil
org:guardian|The Guardian|media|GBR|GBRMED|||Guardian
org:ft|Financial Times|media|GBR|GBRMED|||FT;the Financial Times
org:economist|The Economist|media|GBR|GBRMED|||Economist
org:al-jazeera|Al Jazeera|media|QAT|QATMED|||Al-Jazeera;Al Jazeera English;Aljazeera
org:al-arabiya|Al Arabiya|media|SAU|SAUMED|||Al-Arabiya
org:efe|EFE|media|ESP|ESPMED|||Agencia EFE;EFE news agency
org:el-pais|El País|media|ESP|ESPMED|||El Pais
org:europa-press|Europa Press|media|ESP|ESPMED|||
org:le-monde|Le Monde|media|FRA|FRAMED|||
org:france24|France 24|media|FRA|FRAMED|||France24
org:dw|Deutsche Welle|media|DEU|DEUMED|||DW
org:der-spiegel|Der Spiegel|media|DEU|DEUMED|||Spiegel
org:folha|Folha de S.Paulo|media|BRA|BRAMED|||Folha de São Paulo;Folha;Folha de S. Paulo
org:o-globo|O Globo|media|BRA|BRAMED|||Globo;TV Globo;Grupo Globo
org:estadao|O Estado de S. Paulo|media|BRA|BRAMED|||Estadão;Estadao
org:infobae|Infobae|media|ARG|ARGMED|||
org:clarin|Clarín|media|ARG|ARGMED|||Clarin;Diario Clarín
org:la-nacion-ar|La Nación (Argentina)|media|ARG|ARGMED|||La Nación;La Nacion
org:el-deber|El Deber|media|BOL|BOLMED|||
org:pagina-siete|Página Siete|media|BOL|BOLMED|||Pagina Siete
org:los-tiempos|Los Tiempos|media|BOL|BOLMED|||
org:abi|Agencia Boliviana de Información|media|BOL|BOLMED|||ABI
org:el-tiempo|El Tiempo (Colombia)|media|COL|COLMED|||El Tiempo
org:semana|Semana|media|COL|COLMED|||Revista Semana
org:el-nacional-ve|El Nacional (Venezuela)|media|VEN|VENMED|||El Nacional
org:efecto-cocuyo|Efecto Cocuyo|media|VEN|VENMED|||
org:telesur|teleSUR|media|VEN|VENMED|||TeleSUR;Telesur
org:milenio|Milenio|media|MEX|MEXMED|||
org:animal-politico|Animal Político|media|MEX|MEXMED|||Animal Politico
org:tasnim|Tasnim News Agency|media|IRN|IRNMED|||Tasnim
org:fars|Fars News Agency|media|IRN|IRNMED|||Fars;Fars news agency
org:irna|Islamic Republic News Agency|media|IRN|IRNMED|||IRNA
org:press-tv|Press TV|media|IRN|IRNMED||org:irib|PressTV;Press TV (Iran)
org:mehr|Mehr News Agency|media|IRN|IRNMED|||Mehr
org:irib|Islamic Republic of Iran Broadcasting|media|IRN|IRNMED|||IRIB;Iranian state television;Iranian state TV;Iran state TV
org:kayhan|Kayhan|media|IRN|IRNMED|||Keyhan
org:haaretz|Haaretz|media|ISR|ISRMED|||
org:times-of-israel|The Times of Israel|media|ISR|ISRMED|||Times of Israel
org:jerusalem-post|The Jerusalem Post|media|ISR|ISRMED|||Jerusalem Post
org:ynet|Ynet|media|ISR|ISRMED|||Ynetnews;Yedioth Ahronoth
org:al-manar|Al-Manar|media|LBN|LBNMED||org:hezbollah|Al Manar;Al-Manar TV
org:al-mayadeen|Al Mayadeen|media|LBN|LBNMED|||Al-Mayadeen
org:rt|RT|media|RUS|RUSMED|||Russia Today;RT en Español
org:sputnik|Sputnik|media|RUS|RUSMED|||Sputnik News;Sputnik Mundo
org:tass|TASS|media|RUS|RUSMED|||Tass
org:xinhua|Xinhua|media|CHN|CHNMED|||Xinhua News Agency
org:cgtn|CGTN|media|CHN|CHNMED|||China Global Television Network
"""

# Foreign ministries: ISO3 | official name (local language) | extra aliases. The build adds the
# English descriptive forms ("Bolivian foreign ministry", "Foreign Ministry of Bolivia", ...).
FOREIGN_MINISTRIES = """
ARG|Ministerio de Relaciones Exteriores, Comercio Internacional y Culto|Cancillería argentina;Argentine Foreign Ministry
BOL|Ministerio de Relaciones Exteriores de Bolivia|Cancillería de Bolivia;Cancillería boliviana
BRA|Ministério das Relações Exteriores|Itamaraty;Itamaraty Palace;Brazilian Foreign Ministry;Ministerio de Relaciones Exteriores de Brasil
CHL|Ministerio de Relaciones Exteriores de Chile|Cancillería chilena;Cancillería de Chile
COL|Ministerio de Relaciones Exteriores de Colombia|Cancillería de Colombia;Cancillería colombiana
ECU|Ministerio de Relaciones Exteriores y Movilidad Humana|Cancillería de Ecuador;Cancillería ecuatoriana
PRY|Ministerio de Relaciones Exteriores del Paraguay|Cancillería paraguaya;Cancillería de Paraguay
PER|Ministerio de Relaciones Exteriores del Perú|Torre Tagle;Cancillería peruana;Cancillería del Perú
URY|Ministerio de Relaciones Exteriores del Uruguay|Cancillería uruguaya;Cancillería de Uruguay
VEN|Ministerio del Poder Popular para Relaciones Exteriores|Cancillería venezolana;Cancillería de Venezuela
GUY|Ministry of Foreign Affairs and International Cooperation (Guyana)|
SUR|Ministry of Foreign Affairs, International Business and International Cooperation (Suriname)|
MEX|Secretaría de Relaciones Exteriores|SRE;Cancillería mexicana;Mexican Foreign Ministry;Mexican Foreign Affairs Ministry
CAN|Global Affairs Canada|Canadian foreign ministry;Department of Foreign Affairs (Canada)
CUB|Ministerio de Relaciones Exteriores de Cuba|MINREX;Cuban Foreign Ministry;Cancillería cubana
DOM|Ministerio de Relaciones Exteriores de la República Dominicana|MIREX;Cancillería dominicana
HTI|Ministère des Affaires étrangères et des Cultes (Haïti)|
JAM|Ministry of Foreign Affairs and Foreign Trade (Jamaica)|
TTO|Ministry of Foreign and CARICOM Affairs (Trinidad and Tobago)|
BHS|Ministry of Foreign Affairs (The Bahamas)|
BRB|Ministry of Foreign Affairs and Foreign Trade (Barbados)|
GTM|Ministerio de Relaciones Exteriores de Guatemala|MINEX;Cancillería guatemalteca
HND|Secretaría de Relaciones Exteriores y Cooperación Internacional de Honduras|Cancillería hondureña;Cancillería de Honduras
SLV|Ministerio de Relaciones Exteriores de El Salvador|Cancillería salvadoreña
NIC|Ministerio de Relaciones Exteriores de Nicaragua|Cancillería nicaragüense
CRI|Ministerio de Relaciones Exteriores y Culto de Costa Rica|Cancillería costarricense;Cancillería de Costa Rica
PAN|Ministerio de Relaciones Exteriores de Panamá|Cancillería panameña;Cancillería de Panamá
BLZ|Ministry of Foreign Affairs (Belize)|
ATG|Ministry of Foreign Affairs (Antigua and Barbuda)|
DMA|Ministry of Foreign Affairs (Dominica)|
GRD|Ministry of Foreign Affairs (Grenada)|
KNA|Ministry of Foreign Affairs (Saint Kitts and Nevis)|
LCA|Ministry of External Affairs (Saint Lucia)|
VCT|Ministry of Foreign Affairs (Saint Vincent and the Grenadines)|
IRN|Ministry of Foreign Affairs of the Islamic Republic of Iran|Iranian Foreign Ministry;Iran's Foreign Ministry;Cancillería iraní;Chancelaria iraniana
ISR|Ministry of Foreign Affairs (Israel)|Israeli Foreign Ministry
LBN|Ministry of Foreign Affairs and Emigrants (Lebanon)|Lebanese Foreign Ministry
RUS|Ministry of Foreign Affairs of the Russian Federation|Russian Foreign Ministry;Russian MFA
CHN|Ministry of Foreign Affairs of the People's Republic of China|Chinese Foreign Ministry
FRA|Ministère de l'Europe et des Affaires étrangères|Quai d'Orsay;French Foreign Ministry
DEU|Auswärtiges Amt|Federal Foreign Office;German Foreign Office;German Foreign Ministry
ESP|Ministerio de Asuntos Exteriores, Unión Europea y Cooperación|Spanish Foreign Ministry
PRT|Ministério dos Negócios Estrangeiros|Portuguese Foreign Ministry
ITA|Ministero degli Affari Esteri e della Cooperazione Internazionale|Farnesina;Italian Foreign Ministry
SAU|Ministry of Foreign Affairs (Saudi Arabia)|Saudi Foreign Ministry
TUR|Ministry of Foreign Affairs (Türkiye)|Turkish Foreign Ministry
QAT|Ministry of Foreign Affairs (Qatar)|Qatari Foreign Ministry
IRQ|Ministry of Foreign Affairs (Iraq)|Iraqi Foreign Ministry
SYR|Ministry of Foreign Affairs and Expatriates (Syria)|Syrian Foreign Ministry
EGY|Ministry of Foreign Affairs (Egypt)|Egyptian Foreign Ministry
UKR|Ministry of Foreign Affairs of Ukraine|Ukrainian Foreign Ministry
ARE|Ministry of Foreign Affairs (United Arab Emirates)|Emirati Foreign Ministry
JOR|Ministry of Foreign Affairs and Expatriates (Jordan)|Jordanian Foreign Ministry
YEM|Ministry of Foreign Affairs (Yemen)|Yemeni Foreign Ministry
PSE|Ministry of Foreign Affairs and Expatriates (Palestine)|Palestinian Foreign Ministry
JPN|Ministry of Foreign Affairs of Japan|Japanese Foreign Ministry;Gaimusho
IND|Ministry of External Affairs (India)|Indian Ministry of External Affairs;MEA
"""

# Countries whose foreign ministry has another row (US State Department, UK FCDO).
FOREIGN_MINISTRY_ROWS = {"USA": "org:us-state-department", "GBR": "org:fcdo"}

DISAMBIGUATION = {
    # "DNI": Colombia's Dirección Nacional de Inteligencia and the US Director of National Intelligence
    "org:colombia-dni": "country", "org:odni": "country",
    # "CNI": the intelligence centres of Mexico and Spain
    "org:mexico-cni": "country", "org:spain-cni": "country",
    # "Islamic Resistance" is Hezbollah's wing; the Iraqi umbrella always carries "in Iraq"
}
