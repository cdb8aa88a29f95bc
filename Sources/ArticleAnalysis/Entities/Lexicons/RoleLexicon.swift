/// Titles people hold ("chairman", "chief executive officer", "Secretary of State"), with the
/// canonical role each one names, and the nouns that refer back to a person, an organisation or a
/// place ("the executive", "the company", "the country"). Data only.
enum RoleLexicon {
    /// Title → canonical role. Titles that name the same job share a canonical role, so sources
    /// that say "CEO" and "chief executive" agree. Format: `canonical | form | form`.
    /// Titles that are also adjectives: lowercase before a name they describe it ("a major Second
    /// Amendment case", "the general Trump campaign"); only "Major Tom Hale" is the rank.
    static let adjectiveTitles = Lexicon(words: "major general private")

    static let titles = Gazetteer(lines: """
        chief executive | chief executive officer | CEO | C.E.O. | chief exec | group chief executive
        chair | chairman | chairwoman | chairperson | executive chairman | board chairman
        vice chair | vice chairman | vice-chairman | vice chairwoman | deputy chairman
        president | pres.
        vice president | vice-president | VP | executive vice president | senior vice president | EVP | SVP
        president-elect
        nominee | presidential nominee | vice presidential nominee | party nominee
        candidate | presidential candidate | vice presidential candidate
        running mate
        campaign manager | campaign chairman | campaign chair
        founder | co-founder | cofounder | founding partner
        chief financial officer | CFO | finance chief | finance director
        chief operating officer | COO
        chief technology officer | CTO | chief technical officer
        chief marketing officer | CMO
        chief information officer | CIO
        chief economist
        chief scientist
        chief strategist
        chief investment officer
        chief
        managing director | MD
        executive director
        director
        general manager
        manager
        head
        owner
        partner
        principal
        spokesperson | spokesman | spokeswoman | press secretary
        analyst
        economist
        strategist
        chief analyst
        senior analyst
        consultant
        adviser | advisor | senior adviser | special adviser
        prime minister | PM | premier
        minister
        foreign minister | foreign secretary
        finance minister | finance secretary | chancellor of the exchequer
        defence minister | defense minister | defense secretary | defence secretary
        interior minister | home secretary
        trade minister | trade secretary | commerce secretary | commerce minister
        secretary of state
        secretary-general | secretary general
        secretary
        treasury secretary
        attorney general | attorney-general
        chancellor
        senator | sen.
        congressman | congresswoman | representative | rep.
        governor | gov.
        governor-general | governor general
        treasurer
        lieutenant governor | lt. gov.
        mayor
        deputy mayor
        ambassador
        envoy
        diplomat
        lawmaker
        legislator
        speaker
        leader
        deputy leader
        opposition leader
        party leader
        king
        queen
        prince
        princess
        emperor
        pope
        cardinal
        archbishop
        bishop
        rabbi
        imam
        ayatollah
        reverend
        dalai lama
        sheikh
        emir
        sultan
        general | gen.
        admiral | adm.
        colonel | col.
        major | maj.
        captain | capt.
        lieutenant | lt.
        sergeant | sgt.
        commander
        commissioner
        chief of staff
        judge
        justice
        chief justice
        magistrate
        prosecutor
        lawyer
        attorney
        solicitor
        solicitor general
        surgeon general
        inspector general
        barrister
        professor | prof.
        lecturer
        researcher
        scientist
        engineer
        editor
        editor-in-chief
        reporter
        correspondent
        columnist
        journalist
        author
        writer
        novelist
        historian
        doctor
        physician
        nurse
        surgeon
        activist
        artist
        architect
        coach | head coach
        striker
        midfielder
        defender
        goalkeeper
        quarterback
        pitcher
        skipper
        player
        executive
        official
        officer
        boss
        designer
        developer
        """)

    /// Canonical roles too vague to disagree with another (a chairman is also an "executive").
    static let vagueRoles: Set<String> = [
        "executive", "official", "officer", "boss", "leader", "head", "chief", "founder", "owner", "partner",
        "manager", "director", "representative", "adviser", "principal", "player",
        // Occupations: one person is often several at once (a doctor and an author).
        "author", "writer", "novelist", "historian", "doctor", "physician", "nurse", "surgeon", "activist", "artist", "architect",
        // A campaign's stages: a candidate becomes the nominee; no source contradicts another.
        "nominee", "candidate", "running mate",
    ]

    /// Offices held by one person at a time, so a surname with the office names one person across
    /// articles ("President Trump"): canonical titles.
    static let offices: Set<String> = [
        "president", "prime minister", "chancellor", "pope", "king", "queen", "emperor", "secretary of state",
        "secretary-general", "dalai lama",
    ]

    /// Words before a title that keep it a title: "former chairman", "acting chief executive".
    static let titleModifiers = Lexicon(lines: """
        former
        ex
        acting
        interim
        incoming
        outgoing
        new
        current
        then
        longtime
        long-time
        deputy
        assistant
        associate
        senior
        junior
        joint
        co
        global
        regional
        group
        """)

    /// Nouns that refer back to a person: "the executive", "the chairman", "the spokeswoman".
    static let personNouns = Lexicon(lines: """
        executive
        exec
        chairman
        chairwoman
        chief
        ceo
        founder
        co-founder
        boss
        official
        spokesman
        spokeswoman
        spokesperson
        president
        minister
        senator
        governor
        mayor
        billionaire
        businessman
        businesswoman
        entrepreneur
        tycoon
        mogul
        leader
        politician
        lawmaker
        diplomat
        analyst
        economist
        director
        manager
        coach
        player
        striker
        actor
        actress
        singer
        star
        author
        writer
        scientist
        researcher
        professor
        lawyer
        attorney
        judge
        prosecutor
        suspect
        victim
        man
        woman
        """)

    /// Nouns that refer back to an organisation: "the company", "the Beijing-based firm".
    static let organizationNouns = Lexicon(lines: """
        company
        firm
        group
        maker
        manufacturer
        vendor
        brand
        giant
        carrier
        operator
        retailer
        supplier
        startup
        start-up
        conglomerate
        automaker
        carmaker
        planemaker
        airline
        bank
        lender
        insurer
        broker
        publisher
        newspaper
        broadcaster
        network
        outlet
        agency
        ministry
        department
        regulator
        watchdog
        organization
        organisation
        party
        team
        club
        business
        corporation
        conglomerate
        chipmaker
        developer
        """)

    /// Nouns that refer back to a place: "the country", "the city".
    static let placeNouns = Lexicon(lines: """
        country
        nation
        city
        state
        region
        province
        island
        capital
        kingdom
        republic
        territory
        """)

    /// Words that make a nominal generic or new, not a reference back: "another company", "a firm".
    static let nonReferringDeterminers = Lexicon(lines: """
        a
        an
        another
        any
        each
        every
        no
        some
        other
        such
        one
        many
        most
        several
        few
        """)

    /// Determiners that introduce a nominal that refers back.
    static let referringDeterminers = Lexicon(lines: """
        the
        this
        that
        """)

    /// Verbs of speaking: "said Lei Jun", "Lei Jun said".
    static let speechVerbs = Lexicon(lines: """
        said
        says
        say
        told
        tells
        added
        adds
        stated
        states
        explained
        explains
        noted
        notes
        announced
        announces
        wrote
        writes
        argued
        argues
        claimed
        claims
        insisted
        insists
        warned
        warns
        asked
        asks
        replied
        replies
        commented
        comments
        confirmed
        confirms
        acknowledged
        acknowledges
        admitted
        admits
        recalled
        recalls
        predicted
        predicts
        tweeted
        tweets
        declared
        declares
        continued
        continues
        """)
}
