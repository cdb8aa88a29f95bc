/// Cues for places, events and products inside names, and the capitalised words that are never
/// names on their own (months, days, pronouns). Data only.
enum ThingLexicon {
    /// Words that make a name a place: "Yangtze River", "Tiananmen Square", "Heathrow Airport".
    static let placeKeywords = Lexicon(lines: """
        river
        lake
        mountain
        mountains
        mount
        mt
        hill
        hills
        valley
        island
        islands
        isles
        peninsula
        bay
        cove
        gulf
        sea
        ocean
        coast
        beach
        desert
        forest
        park
        canyon
        strait
        canal
        county
        province
        prefecture
        district
        region
        state
        territory
        square
        street
        avenue
        road
        boulevard
        bridge
        line
        airport
        factory
        tower
        towers
        building
        palace
        hall
        cathedral
        mosque
        temple
        lakes
        hemisphere
        plains
        highlands
        stadium
        arena
        dome
        hotel
        prison
        jail
        mall
        plaza
        course
        circuit
        racecourse
        harbor
        harbour
        port
        station
        village
        town
        township
        borough
        heights
        springs
        falls
        """)

    /// Words that make a name a law, treaty or document: "Second Amendment", "Paris Agreement".
    static let lawKeywords = Lexicon(words: """
        act amendment bill treaty accord accords agreement constitution protocol charter doctrine code
        directive resolution declaration
        """)

    /// Capitalised terms that are never names and end a name run: diseases, "Internet".
    static let nonNames = Lexicon(words: """
        covid covid-19 coronavirus sars-cov-2 ebola zika aids hiv internet web
        """)

    /// Words before "of" that make "X of Y" a single name: "Gulf of Mexico", "Republic of Korea".
    static let placeOfHeads = Lexicon(lines: """
        republic
        kingdom
        gulf
        bay
        isle
        cape
        city
        state
        province
        county
        sea
        strait
        straits
        lake
        mount
        commonwealth
        principality
        duchy
        emirate
        """)

    /// Words that make a name an event: "World Cup", "Winter Olympics", "CES 2018".
    static let eventKeywords = Lexicon(lines: """
        olympics
        olympic games
        games
        cup
        championship
        championships
        open
        grand prix
        prix
        rally
        classic
        trophy
        masters
        tournament
        league
        series
        bowl
        summit
        conference
        congress
        convention
        forum
        festival
        fair
        expo
        show
        awards
        election
        elections
        referendum
        war
        revolution
        crisis
        massacre
        attack
        attacks
        hurricane
        storm
        typhoon
        earthquake
        marathon
        parade
        week
        day
        """)

    /// Events known by name alone.
    static let knownEvents = Gazetteer(lines: """
        CES | Consumer Electronics Show
        Mobile World Congress | MWC
        WWDC | Worldwide Developers Conference
        Computex
        IFA
        Davos | World Economic Forum | WEF
        G7 | G-7
        G20 | G-20
        Olympics | Olympic Games
        World Cup
        Super Bowl
        Brexit
        World War II | Second World War | WWII
        World War I | First World War | WWI
        Cold War
        Holocaust
        Ramadan
        Christmas
        Easter
        Thanksgiving
        Black Friday
        Cyber Monday
        Singles Day
        Lunar New Year | Chinese New Year
        Wimbledon
        Tour de France
        Oscars | Academy Awards
        Grammys
        Emmys
        """)

    /// Words that make a name with a number a product: "Mate 10 Pro", "Galaxy S9 Plus".
    static let productSuffixes = Lexicon(lines: """
        pro
        plus
        max
        mini
        ultra
        lite
        edge
        air
        xl
        xs
        se
        neo
        note
        fold
        flip
        """)

    /// Product lines whose names take a number: "iPhone 8", "Windows 10", "Boeing 737".
    static let productFamilies = Lexicon(lines: """
        iphone
        ipad
        ipod
        imac
        macbook
        galaxy
        pixel
        mate
        p20
        nova
        mi
        redmi
        xperia
        lumia
        surface
        windows
        android
        ios
        macos
        playstation
        ps
        xbox
        switch
        kindle
        echo
        model
        series
        boeing
        airbus
        a320
        a330
        a350
        a380
        cessna
        falcon
        version
        """)

    /// Nouns after "the" + name that make the whole a product: "the Mi TV", "the iPhone".
    static let productKeywords = Lexicon(lines: """
        phone
        smartphone
        tablet
        laptop
        console
        tv
        watch
        speaker
        camera
        headset
        drone
        car
        jet
        aircraft
        airliner
        dreamliner
        superjumbo
        """)

    /// Capitalised words that are dates, not names.
    static let calendarWords = Lexicon(lines: """
        january
        february
        march
        april
        may
        june
        july
        august
        september
        october
        november
        december
        jan
        feb
        mar
        apr
        jun
        jul
        aug
        sep
        sept
        oct
        nov
        dec
        monday
        tuesday
        wednesday
        thursday
        friday
        saturday
        sunday
        mon
        tue
        tues
        wed
        thu
        thur
        thurs
        fri
        sat
        sun
        today
        tonight
        yesterday
        tomorrow
        spring
        summer
        autumn
        fall
        winter
        """)

    /// Pronouns by what they can refer to.
    static let malePronouns = Lexicon(lines: """
        he
        him
        his
        himself
        """)

    static let femalePronouns = Lexicon(lines: """
        she
        her
        hers
        herself
        """)

    static let neuterPronouns = Lexicon(lines: """
        it
        its
        itself
        """)

    static let pluralPronouns = Lexicon(lines: """
        they
        them
        their
        theirs
        themselves
        """)

    /// Words after "it" that make it a dummy subject: "it looks like", "it is interesting to…".
    static let expletiveFollowers = Lexicon(lines: """
        look
        seem
        appear
        remain
        take
        matter
        mean
        happen
        looks
        looked
        seems
        seemed
        appears
        appeared
        remains
        remained
        turns
        turned
        takes
        took
        matters
        mattered
        means
        meant
        follows
        depends
        happens
        happened
        rains
        rained
        """)

    /// Adjectives after "it is"/"it will be" that make "it" a dummy subject.
    static let expletiveAdjectives = Lexicon(lines: """
        interesting
        clear
        unclear
        possible
        impossible
        likely
        unlikely
        important
        difficult
        hard
        easy
        true
        time
        worth
        necessary
        obvious
        surprising
        hoped
        expected
        believed
        thought
        said
        reported
        known
        understood
        too
        not
        no
        a
        the
        up
        about
        only
        still
        also
        now
        that
        what
        how
        why
        because
        as
        here
        there
        """)
}
