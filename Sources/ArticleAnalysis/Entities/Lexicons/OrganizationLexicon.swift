/// Cues that a name belongs to an organisation: legal suffixes, words that name kinds of
/// organisations, and well-known organisations with their short forms. Data only.
enum OrganizationLexicon {
    /// Legal forms that end a company name and are dropped from its key: "Apple Inc." = "Apple".
    static let legalSuffixes = Lexicon(lines: """
        inc
        incorporated
        corp
        corporation
        co
        company
        ltd
        limited
        llc
        llp
        lp
        plc
        ag
        sa
        se
        nv
        n.v.
        bv
        gmbh
        spa
        s.p.a.
        s.a.
        ab
        asa
        oyj
        kk
        pty
        pte
        bhd
        """)

    /// Words that end (or head) organisation names: "Bank", "Ministry", "University", "Party"…
    static let keywords = Lexicon(lines: """
        group
        holdings
        holding
        brothers
        bros
        sons
        industries
        international
        enterprises
        partners
        associates
        ventures
        capital
        investments
        securities
        financial
        bank
        bancorp
        trust
        fund
        insurance
        motors
        motor
        airlines
        airline
        airways
        air
        aviation
        aerospace
        automotive
        electronics
        electric
        energy
        oil
        petroleum
        gas
        power
        telecom
        telecommunications
        communications
        networks
        technologies
        technology
        systems
        solutions
        research
        consulting
        consultants
        advisors
        advisers
        analytics
        logistics
        freight
        trucking
        cargo
        haulage
        maritime
        lines
        rail
        shipping
        railways
        railway
        steel
        mining
        chemicals
        semiconductor
        semiconductors
        aircraft
        airplanes
        workers
        employees
        auto
        brewery
        breweries
        hotels
        resorts
        software
        labs
        laboratories
        pharmaceuticals
        pharma
        foods
        brands
        media
        entertainment
        studios
        pictures
        records
        publishing
        press
        newspaper
        times
        post
        journal
        news
        herald
        tribune
        gazette
        telegraph
        guardian
        observer
        chronicle
        magazine
        daily
        weekly
        broadcasting
        network
        channel
        radio
        television
        agency
        administration
        authority
        bureau
        commission
        committee
        council
        department
        ministry
        office
        service
        services
        board
        court
        parliament
        congress
        senate
        assembly
        cabinet
        government
        police
        army
        navy
        guard
        forces
        force
        corps
        command
        party
        union
        federation
        association
        alliance
        coalition
        league
        club
        society
        institute
        institution
        conference
        panel
        affairs
        legislatures
        foundation
        center
        centre
        university
        college
        school
        academy
        hospital
        clinic
        church
        organization
        organisation
        initiative
        council
        exchange
        reserve
        system
        treasury
        fc
        united
        rovers
        city
        athletic
        wanderers
        transit
        museum
        gallery
        library
        zoo
        transport
        transportation
        ledger
        grocers
        grocery
        supermarkets
        stores
        outfitters
        builders
        construction
        engineering
        manufacturing
        robotics
        devices
        instruments
        healthcare
        pharmacy
        realty
        properties
        developers
        courier
        express
        review
        reporter
        sentinel
        register
        dispatch
        bulletin
        monitor
        examiner
        inquirer
        wire
        """)

    /// Keywords that make a name an organisation only when they end it ("Apple Store" is not, but
    /// "Manchester City" is left to context): kept small on purpose.
    static let finalOnlyKeywords = Lexicon(lines: """
        city
        system
        united
        times
        post
        news
        daily
        power
        gas
        oil
        press
        capital
        express
        review
        reporter
        sentinel
        register
        dispatch
        bulletin
        monitor
        examiner
        wire
        """)

    /// Well-known organisations, with the short forms articles use. The canonical name is the key.
    static let known = Gazetteer(lines: """
        United Nations | UN | U.N.
        European Union | EU | E.U.
        European Commission
        European Central Bank | ECB
        North Atlantic Treaty Organization | NATO | Nato
        World Health Organization | WHO
        World Trade Organization | WTO
        International Monetary Fund | IMF
        World Bank
        Organization of the Petroleum Exporting Countries | OPEC | Opec
        Federal Reserve | Fed | the Fed | U.S. Federal Reserve | Federal Reserve System
        Securities and Exchange Commission | SEC
        Federal Bureau of Investigation | FBI
        Central Intelligence Agency | CIA | C.I.A.
        National Security Agency | NSA
        National Aeronautics and Space Administration | NASA
        Federal Aviation Administration | FAA
        Food and Drug Administration | FDA
        Federal Communications Commission | FCC
        Federal Trade Commission | FTC
        Department of Justice | DOJ | Justice Department
        Department of Defense | the Pentagon | Defense Department
        State Department | Department of State
        Department of Homeland Security | DHS | Homeland Security
        Environmental Protection Agency | EPA
        Internal Revenue Service | IRS
        Government Accountability Office | GAO
        Congressional Budget Office | CBO
        White House
        Kremlin
        Congress | U.S. Congress | US Congress
        Senate | U.S. Senate | US Senate
        Parliament | European Parliament
        Knesset
        Duma | State Duma
        Bundestag
        Pentagon
        Supreme Court
        House of Representatives
        House of Commons
        House of Lords
        Democratic Party | Democrats | Democratic National Committee | DNC
        Republican Party | Republicans | GOP | Republican National Committee | RNC
        Labour Party | Labour
        Conservative Party | Conservatives | Tories
        Communist Party | Chinese Communist Party | CCP
        Associated Press | AP
        Reuters
        Agence France-Presse | AFP
        Bloomberg
        Xinhua | Xinhua News Agency
        BBC | British Broadcasting Corporation
        CNN
        CNBC
        Fox News
        NBC
        ABC
        CBS
        NPR
        PBS
        Al Jazeera
        New York Times | The New York Times | NYT
        Wall Street Journal | The Wall Street Journal | WSJ
        Washington Post | The Washington Post
        Financial Times | FT
        Economist | The Economist
        Guardian | The Guardian
        USA Today
        Los Angeles Times | LA Times
        Politico
        Axios
        BuzzFeed
        Breitbart
        TechCrunch
        Verge | The Verge
        Wired
        Engadget
        Apple | Apple Inc.
        Google | Alphabet
        Microsoft
        Amazon | Amazon.com
        Facebook | Meta
        Twitter
        Instagram
        WhatsApp
        YouTube
        Netflix
        Tesla
        SpaceX
        Uber
        Lyft
        Airbnb
        Intel
        AMD
        Nvidia
        Qualcomm
        IBM
        Oracle
        Cisco
        Dell
        HP | Hewlett-Packard
        Samsung | Samsung Electronics
        LG | LG Electronics
        Sony
        Panasonic
        Toshiba
        Nintendo
        Huawei
        Xiaomi
        ZTE
        Lenovo
        Alibaba
        Tencent
        Baidu
        ByteDance
        TikTok
        Oppo
        Vivo
        OnePlus
        Nokia
        Ericsson
        Motorola
        BlackBerry
        Verizon
        AT&T
        T-Mobile
        Sprint
        Comcast
        Vodafone
        Walmart | Wal-Mart
        Target
        Costco
        Best Buy
        eBay
        PayPal
        Visa
        Mastercard
        Boeing
        Airbus
        Lockheed Martin
        Northrop Grumman
        Raytheon
        General Electric | GE
        General Motors | GM
        Ford | Ford Motor
        Chrysler
        Toyota
        Honda
        Nissan
        Volkswagen | VW
        BMW
        Daimler
        Mercedes-Benz
        Fiat
        Renault
        Hyundai
        Kia
        Exxon | ExxonMobil | Exxon Mobil
        Chevron
        Shell | Royal Dutch Shell
        BP
        Goldman Sachs
        JPMorgan | JPMorgan Chase | JP Morgan
        Morgan Stanley
        Citigroup | Citi
        Bank of America
        Wells Fargo
        HSBC
        Barclays
        Deutsche Bank
        UBS
        Credit Suisse
        BlackRock
        Berkshire Hathaway
        McDonald's
        Starbucks
        Coca-Cola | Coke
        PepsiCo | Pepsi
        Nike
        Adidas
        Disney | Walt Disney
        Pfizer
        Moderna
        Johnson & Johnson
        Procter & Gamble | P&G
        Unilever
        Nestle | Nestlé
        Siemens
        Philips
        Ryanair
        Lufthansa
        Emirates
        Qantas
        FIFA
        Major League Baseball | MLB
        National Basketball Association | NBA
        National Football League | NFL
        National Hockey League | NHL
        Premier League
        Bundesliga
        Serie A
        La Liga
        International Cricket Council | ICC
        International Tennis Federation | ITF
        Formula One | F1
        UEFA
        International Olympic Committee | IOC
        Red Cross | International Committee of the Red Cross | ICRC
        Amnesty International
        Human Rights Watch
        Greenpeace
        Taliban
        Hamas
        Hezbollah
        Islamic State | ISIS | ISIL
        Al Qaeda | al-Qaeda | al Qaeda
        Nasdaq
        New York Stock Exchange | NYSE
        """)

    /// Acronyms of generic things that are not names on their own: "CEO", "TV", "GDP".
    static let commonAcronyms = Lexicon(lines: """
        ceo
        cfo
        coo
        cto
        cmo
        cio
        evp
        svp
        vp
        md
        tv
        pc
        ai
        vr
        ar
        gdp
        ipo
        m&a
        r&d
        pr
        hr
        it
        id
        ok
        usb
        lcd
        led
        oled
        gps
        dna
        rna
        hiv
        aids
        covid
        sars
        am
        pm
        a.m.
        p.m.
        gmt
        utc
        est
        edt
        pst
        pdt
        cet
        bst
        faq
        pdf
        url
        sms
        api
        app
        apps
        os
        cpu
        gpu
        ram
        ssd
        hd
        4g
        5g
        3g
        lte
        wifi
        nfc
        qr
        rss
        html
        www
        eu-wide
        ps
        pps
        mph
        kph
        km
        kg
        mw
        gw
        kwh
        bc
        ad
        tba
        tbd
        asap
        diy
        vip
        mvp
        rip
        nb
        etc
        ie
        eg
        vs
        mp
        mps
        mep
        meps
        """)
}
