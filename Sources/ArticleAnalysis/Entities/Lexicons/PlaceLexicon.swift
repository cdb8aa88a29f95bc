/// Places: countries with their aliases, US states, provinces, regions and major cities, and the
/// demonyms that point at them. Data only: `Canonical | alias | alias`, case-insensitive.
enum PlaceLexicon {
    enum Kind: UInt8 {
        case country = 1
        case state = 2
        case city = 3
        case region = 4
        case province = 5
    }

    static let gazetteer: Gazetteer = {
        var g = Gazetteer()
        g.add(lines: countries, tag: Kind.country.rawValue)
        g.add(lines: usStates, tag: Kind.state.rawValue)
        g.add(lines: provinces, tag: Kind.province.rawValue)
        g.add(lines: regions, tag: Kind.region.rawValue)
        g.add(lines: cities, tag: Kind.city.rawValue)
        return g
    }()

    /// Demonym → the place it belongs to ("Chinese" → china). Demonyms are not names of places
    /// themselves, but they give a role its country ("Chinese President Xi Jinping").
    static let demonyms = Gazetteer(lines: demonymLines)

    /// Religious, ethnic and political group words: adjectives and members, not entities
    /// ("Kurdish", "Moslem", "Hutu", "Republican").
    static let groups = Lexicon(words: """
        muslim muslims moslem moslems islamic islamist islamists jewish jew jews christian christians catholic
        catholics protestant protestants orthodox hindu hindus buddhist buddhists sikh sikhs shi'ite shiite shia
        sunni sunnis kurd kurds kurdish hutu hutus tutsi tutsis chechen chechens tajik tajiks azeri azeris uzbek
        pashtun baluch tamil tamils sinhalese basque basques catalan flemish walloon serb serbs croat croats
        bosniak bosniaks slav slavic latino latina hispanic arab arabs arabic persian zionist soviet yugoslav
        republican democratic democrat liberal conservative socialist communist marxist nazi fascist
        olympic western eastern northern southern
        zairean panamanian nicaraguan salvadoran guatemalan honduran dominican bahamian barbadian trinidadian
        """)

    static let countries = """
        United States | US | U.S. | USA | U.S.A. | America | United States of America | the States
        United Kingdom | UK | U.K. | Britain | Great Britain | United Kingdom of Great Britain and Northern Ireland
        China | People's Republic of China | PRC | mainland China
        Taiwan | Republic of China
        Hong Kong
        Macau | Macao
        Japan
        South Korea | Republic of Korea | Korea
        North Korea | DPRK | Democratic People's Republic of Korea
        India
        Pakistan
        Bangladesh
        Sri Lanka
        Nepal
        Bhutan
        Maldives
        Afghanistan
        Iran
        Iraq
        Syria
        Lebanon
        Jordan
        Israel
        Palestine | Palestinian Territories
        Saudi Arabia
        Yemen
        Oman
        United Arab Emirates | UAE | U.A.E.
        Qatar
        Bahrain
        Kuwait
        Turkey | Türkiye
        Cyprus
        Egypt
        Libya
        Tunisia
        Algeria
        Morocco
        Sudan
        South Sudan
        Ethiopia
        Eritrea
        Somalia
        Djibouti
        Kenya
        Uganda
        Tanzania
        Rwanda
        Burundi
        Democratic Republic of the Congo | DRC | DR Congo | Congo-Kinshasa
        Republic of the Congo | Congo | Congo-Brazzaville
        Nigeria
        Ghana
        Ivory Coast | Cote d'Ivoire | Côte d'Ivoire
        Senegal
        Mali
        Niger
        Chad
        Cameroon
        Gabon
        Angola
        Zambia
        Zimbabwe
        Mozambique
        Malawi
        Madagascar
        Namibia
        Botswana
        South Africa
        Lesotho
        Eswatini | Swaziland
        Liberia
        Sierra Leone
        Guinea
        Burkina Faso
        Benin
        Togo
        Mauritania
        Mauritius
        Seychelles
        Comoros
        Cape Verde | Cabo Verde
        Gambia | The Gambia
        Guinea-Bissau
        Equatorial Guinea
        Central African Republic
        Russia | Russian Federation
        Ukraine
        Belarus
        Moldova
        Georgia
        Armenia
        Azerbaijan
        Kazakhstan
        Uzbekistan
        Turkmenistan
        Kyrgyzstan
        Tajikistan
        Mongolia
        Germany | Federal Republic of Germany
        France
        Italy
        Spain
        Portugal
        Netherlands | Holland | the Netherlands
        Belgium
        Luxembourg
        Switzerland
        Austria
        Ireland | Republic of Ireland | Eire
        Northern Ireland
        Scotland
        England
        Wales
        Iceland
        Norway
        Sweden
        Finland
        Denmark
        Poland
        Czech Republic | Czechia
        Slovakia
        Hungary
        Romania
        Bulgaria
        Greece
        Albania
        North Macedonia | Macedonia
        Serbia
        Montenegro
        Kosovo
        Bosnia and Herzegovina | Bosnia | Bosnia-Herzegovina
        Croatia
        Slovenia
        Estonia
        Latvia
        Lithuania
        Malta
        Monaco
        Liechtenstein
        Andorra
        San Marino
        Vatican City | Vatican | Holy See
        Canada
        Mexico
        Guatemala
        Honduras
        El Salvador
        Nicaragua
        Costa Rica
        Panama
        Cuba
        Haiti
        Dominican Republic
        Jamaica
        Puerto Rico
        Bahamas
        Barbados
        Grenada
        Saint Lucia | St. Lucia | St Lucia
        Saint Kitts and Nevis | St. Kitts and Nevis
        Antigua and Barbuda
        Dominica
        Belize
        Trinidad and Tobago
        Colombia
        Venezuela
        Ecuador
        Peru
        Bolivia
        Chile
        Argentina
        Uruguay
        Paraguay
        Brazil
        Guyana
        Suriname
        Australia
        New Zealand
        Papua New Guinea
        Fiji
        Samoa
        Tonga
        Vanuatu
        Solomon Islands
        Kiribati
        Tuvalu
        Nauru
        Palau
        Marshall Islands
        Micronesia | Federated States of Micronesia
        Indonesia
        Malaysia
        Singapore
        Thailand
        Vietnam | Viet Nam
        Cambodia
        Laos
        Myanmar | Burma
        Philippines | the Philippines
        Brunei
        East Timor | Timor-Leste
        Greenland
        Yugoslavia
        Soviet Union | USSR | U.S.S.R.
        Czechoslovakia
        Zaire
        Suriname | Surinam
        Kazakhstan | Kazakstan
        Kyrgyzstan | Kirghizia
        Moldova | Moldavia
        Belarus | Byelorussia
        Nagorno-Karabakh
        Kashmir
        Tibet
        Chechnya
        Abkhazia
        Transnistria
        """

    static let usStates = """
        Alabama | Ala.
        Alaska
        Arizona | Ariz.
        Arkansas | Ark.
        California | Calif.
        Colorado | Colo.
        Connecticut | Conn.
        Delaware | Del.
        Florida | Fla.
        Georgia
        Hawaii
        Idaho
        Illinois | Ill.
        Indiana | Ind.
        Iowa
        Kansas | Kan.
        Kentucky | Ky.
        Louisiana | La.
        Maine
        Maryland | Md.
        Massachusetts | Mass.
        Michigan | Mich.
        Minnesota | Minn.
        Mississippi | Miss.
        Missouri | Mo.
        Montana | Mont.
        Nebraska | Neb.
        Nevada | Nev.
        New Hampshire | N.H.
        New Jersey | N.J.
        New Mexico | N.M.
        New York State
        North Carolina | N.C.
        North Dakota | N.D.
        Ohio
        Oklahoma | Okla.
        Oregon | Ore.
        Pennsylvania | Pa.
        Rhode Island | R.I.
        South Carolina | S.C.
        South Dakota | S.D.
        Tennessee | Tenn.
        Texas | Tex.
        Utah
        Vermont | Vt.
        Virginia | Va.
        Washington State
        West Virginia | W.Va.
        Wisconsin | Wis.
        Wyoming | Wyo.
        District of Columbia | D.C. | DC
        """

    static let provinces = """
        Ontario
        Quebec | Québec
        British Columbia
        Alberta
        Manitoba
        Saskatchewan
        Nova Scotia
        New Brunswick
        Newfoundland
        Guangdong
        Guangxi
        Fujian
        Zhejiang
        Jiangsu
        Shandong
        Sichuan
        Hubei
        Hunan
        Henan
        Hebei
        Yunnan
        Xinjiang
        Tibet
        Inner Mongolia
        Bavaria
        Catalonia
        Andalusia
        Lombardy
        Tuscany
        Sicily
        Sardinia
        Corsica
        Normandy
        Brittany
        Provence
        Flanders
        Wallonia
        Queensland
        New South Wales
        Victoria
        Tasmania
        Punjab
        Kashmir
        Kerala
        Gujarat
        Maharashtra
        Bengal
        Crimea
        Donbas | Donbass
        Chechnya
        Siberia
        Kurdistan
        Gaza | Gaza Strip
        West Bank
        Golan Heights
        Sinai
        Darfur
        Yorkshire
        Lancashire
        Kent
        Essex
        Surrey
        Sussex
        Cornwall
        Devon
        Bali
        Java
        Sumatra
        Borneo
        Hokkaido
        Okinawa
        Mindanao
        Patagonia
        Hawaii Island
        """

    static let regions = """
        Europe
        Asia
        Africa
        North America
        South America
        Latin America
        Central America
        Antarctica
        Oceania
        Middle East | Mideast
        Near East
        Far East
        Southeast Asia | South-East Asia
        East Asia
        South Asia
        Central Asia
        Eastern Europe
        Western Europe
        Northern Europe
        Southern Europe
        Central Europe
        Scandinavia
        Balkans | the Balkans
        Caribbean | the Caribbean
        Mediterranean | the Mediterranean
        Sub-Saharan Africa
        North Africa
        West Africa
        East Africa
        Southern Africa
        Horn of Africa
        Persian Gulf | the Gulf | Gulf
        Arctic | the Arctic
        Pacific | Pacific Ocean
        Atlantic | Atlantic Ocean
        Indian Ocean
        South China Sea
        East China Sea
        Black Sea
        Baltic | Baltic Sea
        North Sea
        Red Sea
        Caspian Sea
        Korean Peninsula
        Silicon Valley
        Wall Street
        Midwest | the Midwest
        Northeast | the Northeast
        Northwest | the Northwest | Pacific Northwest
        Southeast | the Southeast
        Southwest | the Southwest
        New England
        Great Lakes
        Rockies | Rocky Mountains
        Appalachia | Appalachians
        Great Plains
        Sahara
        Himalayas
        Alps | the Alps
        Amazon basin
        Strait of Hormuz
        Taiwan Strait
        English Channel
        Panama Canal
        Suez Canal
        """

    static let cities = """
        New York | New York City | NYC | N.Y.
        Los Angeles | L.A.
        Chicago
        Houston
        Phoenix
        Philadelphia
        San Antonio
        San Diego
        Dallas
        San Jose
        Austin
        Jacksonville
        Newark
        San Francisco
        Columbus
        Fort Worth
        Indianapolis
        Charlotte
        Seattle
        Denver
        Washington | Washington D.C. | Washington DC
        Boston
        El Paso
        Nashville
        Detroit
        Portland
        Las Vegas
        Memphis
        Louisville
        Baltimore
        Milwaukee
        Albuquerque
        Tucson
        Fresno
        Sacramento
        Kansas City
        Atlanta
        Miami
        Oakland
        Minneapolis
        Cleveland
        Tampa
        New Orleans
        Honolulu
        Pittsburgh
        Cincinnati
        St. Louis | Saint Louis
        Orlando
        Salt Lake City
        Anchorage
        Palo Alto
        Cupertino
        Mountain View
        Menlo Park
        Redmond
        Santa Clara
        Sunnyvale
        Brooklyn
        Manhattan
        Queens
        Bronx | the Bronx
        Hollywood
        Beverly Hills
        Long Beach
        Pasadena
        Everett
        Dearborn
        Toronto
        Montreal
        Vancouver
        Ottawa
        Calgary
        Mexico City
        Guadalajara
        Monterrey
        Havana
        Bogota | Bogotá
        Caracas
        Lima
        Santiago
        Buenos Aires
        Sao Paulo | São Paulo
        Rio de Janeiro | Rio
        Brasilia | Brasília
        Montevideo
        Quito
        La Paz
        London
        Manchester
        Birmingham
        Liverpool
        Leeds
        Glasgow
        Edinburgh
        Cardiff
        Belfast
        Bristol
        Oxford
        Cambridge
        Dublin
        Paris
        Marseille
        Lyon
        Toulouse
        Nice
        Bordeaux
        Strasbourg
        Berlin
        Hamburg
        Munich | München
        Frankfurt
        Cologne | Köln
        Stuttgart
        Dusseldorf | Düsseldorf
        Bonn
        Leipzig
        Dresden
        Madrid
        Barcelona
        Valencia
        Seville
        Lisbon
        Porto
        Rome
        Milan
        Naples
        Turin
        Florence
        Venice
        Genoa
        Amsterdam
        Rotterdam
        The Hague
        Brussels
        Antwerp
        Geneva
        Zurich | Zürich
        Bern
        Basel
        Lausanne
        Davos
        Vienna
        Salzburg
        Prague
        Warsaw
        Krakow | Kraków
        Budapest
        Bucharest
        Sofia
        Athens
        Belgrade
        Zagreb
        Sarajevo
        Ljubljana
        Bratislava
        Copenhagen
        Stockholm
        Oslo
        Helsinki
        Reykjavik
        Tallinn
        Riga
        Vilnius
        Moscow
        St. Petersburg | Saint Petersburg
        Kyiv | Kiev
        Kharkiv | Kharkov
        Odessa | Odesa
        Minsk
        Tbilisi
        Yerevan
        Baku
        Istanbul
        Ankara
        Tehran
        Baghdad
        Basra
        Mosul
        Damascus
        Aleppo
        Beirut
        Amman
        Jerusalem
        Tel Aviv
        Riyadh
        Jeddah
        Mecca
        Medina
        Dubai
        Abu Dhabi
        Doha
        Kuwait City
        Muscat
        Sanaa
        Cairo
        Alexandria
        Tripoli
        Tunis
        Algiers
        Rabat
        Casablanca
        Khartoum
        Addis Ababa
        Nairobi
        Mombasa
        Kampala
        Kigali
        Dar es Salaam
        Lagos
        Abuja
        Accra
        Dakar
        Kinshasa
        Luanda
        Harare
        Johannesburg
        Cape Town
        Pretoria
        Durban
        Kabul
        Kandahar
        Islamabad
        Karachi
        Lahore
        New Delhi | Delhi
        Mumbai | Bombay
        Bangalore | Bengaluru
        Kolkata | Calcutta
        Chennai | Madras
        Hyderabad
        Dhaka
        Colombo
        Kathmandu
        Beijing | Peking
        Shanghai
        Shenzhen
        Guangzhou | Canton
        Chongqing
        Tianjin
        Wuhan
        Chengdu
        Hangzhou
        Nanjing
        Xi'an
        Xiamen
        Dalian
        Qingdao
        Harbin
        Taipei
        Tokyo
        Osaka
        Kyoto
        Yokohama
        Nagoya
        Hiroshima
        Fukushima
        Seoul
        Busan
        Pyongyang
        Ulaanbaatar
        Bangkok
        Hanoi
        Ho Chi Minh City | Saigon
        Phnom Penh
        Vientiane
        Yangon | Rangoon
        Naypyidaw
        Kuala Lumpur
        Jakarta
        Manila
        Sydney
        Melbourne
        Brisbane
        Perth
        Adelaide
        Canberra
        Auckland
        Wellington
        Christchurch
        """

    static let demonymLines = """
        United States | American | Americans | U.S.-based
        United Kingdom | British | Briton | Britons | Brit | Brits | UK-based
        China | Chinese
        Taiwan | Taiwanese
        Japan | Japanese
        South Korea | South Korean | South Koreans | Korean | Koreans
        North Korea | North Korean | North Koreans
        India | Indian | Indians
        Pakistan | Pakistani | Pakistanis
        Bangladesh | Bangladeshi
        Sri Lanka | Sri Lankan
        Afghanistan | Afghan | Afghans | Afghani | Afghanis
        Iran | Iranian | Iranians
        Iraq | Iraqi | Iraqis
        Syria | Syrian | Syrians
        Lebanon | Lebanese
        Jordan | Jordanian
        Israel | Israeli | Israelis
        Palestine | Palestinian | Palestinians
        Saudi Arabia | Saudi | Saudis
        Yemen | Yemeni
        United Arab Emirates | Emirati
        Qatar | Qatari
        Kuwait | Kuwaiti
        Turkey | Turkish | Turk | Turks
        Egypt | Egyptian | Egyptians
        Libya | Libyan
        Tunisia | Tunisian
        Algeria | Algerian
        Morocco | Moroccan
        Sudan | Sudanese
        Ethiopia | Ethiopian
        Somalia | Somali
        Kenya | Kenyan | Kenyans
        Uganda | Ugandan
        Tanzania | Tanzanian
        Rwanda | Rwandan
        Nigeria | Nigerian | Nigerians
        Ghana | Ghanaian
        Senegal | Senegalese
        Cameroon | Cameroonian
        Angola | Angolan
        Zambia | Zambian
        Zimbabwe | Zimbabwean
        Mozambique | Mozambican
        South Africa | South African | South Africans
        Russia | Russian | Russians
        Ukraine | Ukrainian | Ukrainians
        Belarus | Belarusian
        Georgia | Georgian
        Armenia | Armenian
        Azerbaijan | Azerbaijani
        Kazakhstan | Kazakh
        Uzbekistan | Uzbek
        Mongolia | Mongolian
        Germany | German | Germans
        France | French
        Italy | Italian | Italians
        Spain | Spanish | Spaniard | Spaniards
        Portugal | Portuguese
        Netherlands | Dutch
        Belgium | Belgian
        Switzerland | Swiss
        Austria | Austrian
        Ireland | Irish
        Scotland | Scottish | Scot | Scots
        England | English
        Wales | Welsh
        Iceland | Icelandic
        Norway | Norwegian
        Sweden | Swedish | Swede | Swedes
        Finland | Finnish | Finn | Finns
        Denmark | Danish | Dane | Danes
        Poland | Polish | Pole | Poles
        Czech Republic | Czech
        Slovakia | Slovak
        Hungary | Hungarian
        Romania | Romanian
        Bulgaria | Bulgarian
        Greece | Greek | Greeks
        Albania | Albanian
        Serbia | Serbian | Serb | Serbs
        Croatia | Croatian | Croat | Croats
        Bosnia and Herzegovina | Bosnian
        Slovenia | Slovenian | Slovene
        Estonia | Estonian
        Latvia | Latvian
        Lithuania | Lithuanian
        Canada | Canadian | Canadians
        Mexico | Mexican | Mexicans
        Cuba | Cuban | Cubans
        Haiti | Haitian
        Jamaica | Jamaican
        Colombia | Colombian
        Venezuela | Venezuelan
        Ecuador | Ecuadorian
        Peru | Peruvian
        Bolivia | Bolivian
        Chile | Chilean
        Argentina | Argentine | Argentinian
        Uruguay | Uruguayan
        Paraguay | Paraguayan
        Brazil | Brazilian | Brazilians
        Australia | Australian | Australians
        New Zealand | New Zealander
        Kashmir | Kashmiri | Kashmiris
        Samoa | Samoan | Samoans
        Tonga | Tongan | Tongans
        Nauru | Nauruan
        Seychelles | Seychellois
        Gambia | Gambian | Gambians
        Cape Verde | Cape Verdean
        Indonesia | Indonesian
        Malaysia | Malaysian
        Singapore | Singaporean
        Thailand | Thai
        Vietnam | Vietnamese
        Cambodia | Cambodian
        Myanmar | Burmese
        Philippines | Filipino | Philippine | Filipinos
        Europe | European | Europeans
        Asia | Asian | Asians
        Africa | African | Africans
        Latin America | Latin American
        Middle East | Middle Eastern
        Arab world | Arab | Arabs | Arabic
        Scandinavia | Scandinavian
        Caribbean | West Indian | West Indians
        """
}
