/// Word lists the quote finder uses. Data only: entries are case-insensitive; a line may hold
/// several forms of one word (every inflection is written out, so nothing is guessed at run time).
enum QuoteLexicons {
    /// Verbs that report speech or writing, in every inflection. A quote next to one of these, with
    /// a speaker on either side, is attributed.
    static let speechVerbs = Lexicon(inflections: """
        say says said saying
        tell tells told telling
        add adds added adding
        write writes wrote written writing
        tweet tweets tweeted tweeting
        retweet retweets retweeted retweeting
        post posts posted posting
        note notes noted noting
        explain explains explained explaining
        argue argues argued arguing
        insist insists insisted insisting
        warn warns warned warning
        claim claims claimed claiming
        ask asks asked asking
        reply replies replied replying
        confirm confirms confirmed confirming
        deny denies denied denying
        announce announces announced announcing
        acknowledge acknowledges acknowledged acknowledging
        state states stated stating
        declare declares declared declaring
        remark remarks remarked remarking
        comment comments commented commenting
        continue continues continued continuing
        recall recalls recalled recalling
        admit admits admitted admitting
        concede concedes conceded conceding
        respond responds responded responding
        answer answers answered answering
        suggest suggests suggested suggesting
        assert asserts asserted asserting
        contend contends contended contending
        maintain maintains maintained maintaining
        predict predicts predicted predicting
        promise promises promised promising
        vow vows vowed vowing
        pledge pledges pledged pledging
        boast boasts boasted boasting
        brag brags bragged bragging
        complain complains complained complaining
        lament laments lamented lamenting
        quip quips quipped quipping
        joke jokes joked joking
        shout shouts shouted shouting
        yell yells yelled yelling
        scream screams screamed screaming
        whisper whispers whispered whispering
        mutter mutters muttered muttering
        exclaim exclaims exclaimed exclaiming
        proclaim proclaims proclaimed proclaiming
        observe observes observed observing
        emphasize emphasizes emphasized emphasizing
        emphasise emphasises emphasised emphasising
        stress stresses stressed stressing
        underscore underscores underscored underscoring
        instruct instructs instructed instructing
        urge urges urged urging
        caution cautions cautioned cautioning
        recount recounts recounted recounting
        report reports reported reporting
        testify testifies testified testifying
        agree agrees agreed agreeing
        disagree disagrees disagreed disagreeing
        conclude concludes concluded concluding
        counter counters countered countering
        retort retorts retorted retorting
        snap snaps snapped snapping
        fume fumes fumed fuming
        charge charges charged charging
        allege alleges alleged alleging
        reiterate reiterates reiterated reiterating
        repeat repeats repeated repeating
        echo echoes echoed echoing
        wonder wonders wondered wondering
        demand demands demanded demanding
        plead pleads pleaded pled pleading
        concur concurs concurred concurring
        interject interjects interjected interjecting
        interrupt interrupts interrupted interrupting
        text texts texted texting
        email emails emailed emailing
        e-mail e-mails e-mailed e-mailing
        message messages messaged messaging
        mention mentions mentioned mentioning
        cry cries cried crying
        sigh sighs sighed sighing
        laugh laughs laughed laughing
        grumble grumbles grumbled grumbling
        scoff scoffs scoffed scoffing
        muse muses mused musing
        reflect reflects reflected reflecting
        speak speaks spoke spoken speaking
        declare declares declared declaring
        thunder thunders thundered thundering
        huff huffs huffed huffing
        gush gushes gushed gushing
        rave raves raved raving
        rant rants ranted ranting
        begin begins began begun beginning
        read reads reading
        quote quotes quoted quoting
        chime chimes chimed chiming
        testify testifies testified testifying
        advise advises advised advising
        acknowledge acknowledges acknowledged acknowledging
        complain complains complained complaining
        object objects objected objecting
        protest protests protested protesting
        plead pleads pleaded pleading
        apologize apologizes apologized apologizing
        apologise apologises apologised apologising
        concede concedes conceded conceding
        inform informs informed informing
        assure assures assured assuring
        reassure reassures reassured reassuring
        reveal reveals revealed revealing
        point points pointed pointing
        put puts putting
        go goes went gone
        sing sings sang sung singing
        chant chants chanted chanting
        recite recites recited reciting
        preach preaches preached preaching
        plead pleads pleaded pleading
        exhort exhorts exhorted exhorting
        surmise surmises surmised surmising
        opine opines opined opining
        estimate estimates estimated estimating
        project projects projected projecting
        anticipate anticipates anticipated anticipating
        theorize theorizes theorized theorizing
        speculate speculates speculated speculating
        posit posits posited positing
        reason reasons reasoned reasoning
        remind reminds reminded reminding
        reminisce reminisces reminisced reminiscing
        confide confides confided confiding
        disclose discloses disclosed disclosing
        divulge divulges divulged divulging
        volunteer volunteers volunteered volunteering
        summarize summarizes summarized summarizing
        paraphrase paraphrases paraphrased paraphrasing
        gloat gloats gloated gloating
        marvel marvels marvelled marveled marvelling marveling
        vent vents vented venting
        gripe gripes griped griping
        moan moans moaned moaning
        wail wails wailed wailing
        whine whines whined whining
        stammer stammers stammered stammering
        chide chides chided chiding
        scold scolds scolded scolding
        rebuke rebukes rebuked rebuking
        lecture lectures lectured lecturing
        tease teases teased teasing
        taunt taunts taunted taunting
        sniped snipe snipes sniping
        rail rails railed railing
        lash lashes lashed lashing
        bemoan bemoans bemoaned bemoaning
        envision envisions envisioned envisioning
        acknowledge acknowledges acknowledged acknowledging
        blurt blurts blurted blurting
        intone intones intoned intoning
        mumble mumbles mumbled mumbling
        murmur murmurs murmured murmuring
        sputter sputters sputtered sputtering
        spout spouts spouted spouting
        bellow bellows bellowed bellowing
        roar roars roared roaring
        hiss hisses hissed hissing
        growl growls growled growling
        rumble rumbles rumbled rumbling
        rejoin rejoins rejoined rejoining
        bark barks barked barking
        drawl drawls drawled drawling
        snarl snarls snarled snarling
        holler hollers hollered hollering
        crow crows crowed crowing
        enthuse enthuses enthused enthusing
        gasp gasps gasped gasping
        sob sobs sobbed sobbing
        express expresses expressed expressing
        voice voices voiced voicing
        confess confesses confessed confessing
        grouse grouses groused grousing
        react reacts reacted reacting
        riff riffs riffed riffing
        elaborate elaborates elaborated elaborating
        clarify clarifies clarified clarifying
        chuckle chuckles chuckled chuckling
        recollect recollects recollected recollecting
        """)

    /// Verbs that introduce a quotation only as a judgement on someone or something: "accused him of
    /// "cowardice"", "called the levy "a blank cheque"". They attribute a quote in their own
    /// sentence (never across sentences), and "call" only with words between it and the quote.
    static let characterizingVerbs = Lexicon(inflections: """
        call calls called calling
        describe describes described describing
        characterize characterizes characterized characterizing
        characterise characterises characterised characterising
        accuse accuses accused accusing
        blast blasts blasted blasting
        slam slams slammed slamming
        criticize criticizes criticized criticizing
        criticise criticises criticised criticising
        praise praises praised praising
        condemn condemns condemned condemning
        attack attacks attacked attacking
        dismiss dismisses dismissed dismissing
        decry decries decried decrying
        denounce denounces denounced denouncing
        hail hails hailed hailing
        tout touts touted touting
        label labels labeled labelled labeling labelling
        brand brands branded branding
        refer refers referred referring
        blame blames blamed blaming
        thank thanks thanked thanking
        question questions questioned questioning
        challenge challenges challenged challenging
        mock mocks mocked mocking
        ridicule ridicules ridiculed ridiculing
        lambaste lambastes lambasted lambasting
        dub dubs dubbed dubbing
        term terms termed terming
        deem deems deemed deeming
        declare declares declared declaring
        cite cites cited citing
        threaten threatens threatened threatening
        deride derides derided deriding
        welcome welcomes welcomed welcoming
        applaud applauds applauded applauding
        reject rejects rejected rejecting
        defend defends defended defending
        pan pans panned panning
        beg begs begged begging
        implore implores implored imploring
        promote promotes promoted promoting
        pitch pitches pitched pitching
        embrace embraces embraced embracing
        endorse endorses endorsed endorsing
        disparage disparages disparaged disparaging
        belittle belittles belittled belittling
        insult insults insulted insulting
        recommend recommends recommended recommending
        advocate advocates advocated advocating
        propose proposes proposed proposing
        portray portrays portrayed portraying
        depict depicts depicted depicting
        paint paints painted painting
        equate equates equated equating
        highlight highlights highlighted highlighting
        celebrate celebrates celebrated celebrating
        downplay downplays downplayed downplaying
        lampoon lampoons lampooned lampooning
        knock knocks knocked knocking
        fault faults faulted faulting
        credit credits credited crediting
        congratulate congratulates congratulated congratulating
        laud lauds lauded lauding
        commend commends commended commending
        mock mocks mocked mocking
        liken likens likened likening
        compare compares compared comparing
        hammer hammers hammered hammering
        rip rips ripped ripping
        dismiss dismisses dismissed dismissing
        """)

    /// Nouns for something said, owned by its speaker: "his promise of "free college"", "Clinton's
    /// call for "a new start"".
    static let utteranceNouns = Lexicon(inflections: """
        promise promises
        pledge pledges
        call calls
        claim claims
        vow vows
        warning warnings
        remark remarks
        comment comments
        statement statements
        description
        characterization
        reference references
        message messages
        rhetoric
        criticism
        attack attacks
        threat threats
        accusation accusations
        assertion assertions
        insistence
        suggestion suggestions
        prediction predictions
        boast boasts
        slogan
        vision
        words
        plea pleas
        demand demands
        charge charges
        argument arguments
        complaint complaints
        praise
        description descriptions
        assessment
        admission
        answer
        response
        reply
        tweet tweets
        speech
        declaration
        mantra
        refrain
        catchphrase
        """)

    /// Phrases that attribute on their own: "according to", "in a statement".
    static let cuePhrases = Lexicon([
        "according to", "quoted as saying", "as saying", "in the words of", "went on to say", "goes on to say",
        "pointed out", "points out", "point out", "went on", "goes on", "go on", "put it", "puts it",
        "fired back", "fires back", "shot back", "shoots back", "hit back", "hits back", "pushed back", "pushes back",
        "weighed in", "weighs in", "chimed in", "chimes in", "spoke out", "speaks out", "cried out", "called out",
        "went further", "goes further", "went even further", "summed up", "sums up", "wrote back",
    ])

    /// "in a statement", "in an interview": the medium of speech. `in` + optional determiner +
    /// one of these nouns is a cue.
    static let speechNouns = Lexicon(inflections: """
        statement statements
        interview interviews
        tweet tweets
        post posts
        speech speeches
        letter letters
        email emails e-mail e-mails
        memo memos
        release releases
        remarks
        testimony
        filing filings
        message messages
        video videos
        podcast podcasts
        broadcast broadcasts
        briefing briefings
        announcement announcements
        op-ed
        editorial
        column
        essay
        note
        text
        conversation
        call
        appearance
        address
        sermon
        conference
        deposition
        affidavit
        blog
        blogpost
        livestream
        """)

    /// Pronouns that can be a speaker.
    static let pronouns = Lexicon(lines: """
        he
        she
        they
        i
        we
        it
        you
        i'm
        i've
        i'd
        i'll
        we're
        we've
        we'd
        we'll
        they're
        they've
        they'd
        they'll
        he'd
        he'll
        she'd
        she'll
        you're
        you've
        you'd
        """)

    /// Speech verbs that are also nouns in the base and -s forms ("a Trump tweet", "his remarks"):
    /// verbs only when no determiner or possessive heads the words before them.
    static let nounLikeVerbs = Lexicon(lines: """
        tweet
        tweets
        post
        posts
        note
        notes
        comment
        comments
        claim
        claims
        report
        reports
        answer
        answers
        reply
        replies
        quote
        quotes
        message
        messages
        text
        texts
        email
        emails
        call
        calls
        charge
        charges
        promise
        promises
        pledge
        pledges
        demand
        demands
        protest
        protests
        echo
        echoes
        stress
        remark
        remarks
        joke
        jokes
        boast
        boasts
        laugh
        laughs
        cry
        cries
        sigh
        sighs
        shout
        shouts
        whisper
        whispers
        warning
        counter
        counters
        question
        questions
        challenge
        challenges
        attack
        attacks
        praise
        label
        labels
        brand
        brands
        term
        terms
        thanks
        vow
        vows
        object
        objects
        address
        speech
        statement
        """)

    /// Words that head a speaker phrase or a role: "the executive", "a spokesperson for Xiaomi",
    /// "Xiaomi Chairman Lei Jun". Title abbreviations are here too.
    static let roleNouns = Lexicon(inflections: """
        spokesman spokesmen spokeswoman spokeswomen spokesperson spokespersons spokespeople
        official officials
        executive executives
        chairman chairmen chairwoman chairwomen chairperson chair
        president presidents vice-president
        ceo ceos cfo coo cto
        founder founders co-founder cofounder
        director directors
        minister ministers
        secretary secretaries
        senator senators sen
        representative representatives rep
        congressman congressmen congresswoman congresswomen
        governor governors gov
        mayor mayors
        analyst analysts
        expert experts
        source sources
        aide aides
        adviser advisers advisor advisors
        lawyer lawyers
        attorney attorneys
        counsel
        leader leaders
        candidate candidates
        nominee nominees
        manager managers
        economist economists
        professor professors prof
        researcher researchers
        scientist scientists
        author authors
        writer writers
        reporter reporters
        editor editors
        correspondent correspondents
        commentator commentators
        columnist columnists
        strategist strategists
        pollster pollsters
        consultant consultants
        officer officers
        chief chiefs
        head heads
        boss bosses
        owner owners
        partner partners
        member members
        lawmaker lawmakers
        legislator legislators
        politician politicians
        judge judges
        justice justices
        prosecutor prosecutors
        investigator investigators
        agent agents
        diplomat diplomats
        ambassador ambassadors
        envoy envoys
        general generals gen
        commander commanders
        admiral adm
        colonel col
        captain capt
        sergeant sgt
        lieutenant lt
        major maj
        king queen prince princess
        pope bishop pastor rabbi imam priest reverend rev
        doctor doctors dr
        nurse nurses
        teacher teachers
        student students
        resident residents
        voter voters
        supporter supporters
        critic critics
        protester protesters protestor protestors
        activist activists
        witness witnesses
        bystander bystanders
        survivor survivors
        passenger passengers
        militant militants
        fighter fighters
        rebel rebels
        soldier soldiers
        farmer farmers
        villager villagers
        refugee refugees
        negotiator negotiators
        shopper shoppers
        neighbor neighbors neighbour neighbours
        employee employees
        worker workers
        staffer staffers
        organizer organizers
        chancellor
        premier
        speaker
        whip
        treasurer
        commissioner commissioners
        superintendent
        sheriff
        chairman
        anchor anchors
        host hosts
        moderator
        nominee
        frontrunner front-runner
        challenger
        incumbent
        veteran veterans
        official
        insider insiders
        observer observers
        person people
        man men woman women
        narrator narrators
        campaign campaigns
        company companies
        firm firms
        government governments
        administration
        agency agencies
        department departments
        ministry ministries
        office offices
        committee committees
        party parties
        group groups
        organization organizations organisation organisations
        union unions
        team teams
        court courts
        police
        network networks
        newspaper newspapers
        paper
        magazine
        website
        outlet outlets
        study studies
        survey surveys
        poll polls
        report reports
        statement statements
        letter
        lawsuit
        complaint
        ruling
        memo
        ad ads
        spokesmen
        publication publications
        authority authorities
        council councils
        commission commissions
        bureau
        institute
        foundation
        association
        coalition
        federation
        alliance
        center
        centre
        congress
        senate
        parliament
        assembly
        legislature
        university
        hospital
        club
        church
        operator
        site
        journal
        station
        channel
        board
        caption
        sign
        email
        message
        release
        """)

    /// Words that never belong to a speaker's name or phrase even when capitalised: function words,
    /// days and months (as at the start of a sentence: "On Monday Lei said").
    static let nonNameWords = Lexicon(lines: """
        the
        a
        an
        and
        or
        but
        in
        on
        at
        of
        for
        to
        with
        by
        from
        as
        that
        this
        these
        those
        which
        who
        whom
        whose
        when
        while
        where
        if
        because
        since
        after
        before
        although
        though
        so
        then
        also
        still
        yet
        not
        no
        is
        was
        are
        were
        be
        been
        has
        have
        had
        do
        does
        did
        will
        would
        can
        could
        may
        might
        must
        should
        shall
        there
        here
        now
        today
        yesterday
        tonight
        monday
        tuesday
        wednesday
        thursday
        friday
        saturday
        sunday
        earlier
        later
        even
        already
        around
        between
        among
        across
        despite
        during
        within
        without
        through
        throughout
        perhaps
        maybe
        last
        next
        again
        meanwhile
        however
        indeed
        instead
        asked
        speaking
        """)

    /// Words that may stand between a speaker and the verb: "Lei later said", "he has said".
    static let verbModifiers = Lexicon(lines: """
        instead
        now
        however
        though
        too
        each
        both
        all
        also
        later
        then
        previously
        once
        recently
        again
        further
        reportedly
        publicly
        privately
        simply
        just
        even
        still
        already
        often
        repeatedly
        frequently
        quickly
        flatly
        bluntly
        angrily
        tersely
        firmly
        calmly
        quietly
        loudly
        proudly
        sharply
        openly
        earlier
        initially
        first
        subsequently
        afterward
        afterwards
        separately
        similarly
        likewise
        has
        have
        had
        would
        will
        could
        did
        does
        do
        may
        might
        is
        was
        were
        are
        had
        been
        being
        has since
        since
        once
        famously
        memorably
        herself
        himself
        themselves
        itself
        """)

    /// Time words that may sit between a speaker and the verb: "Lei on Monday said".
    static let timeWords = Lexicon(lines: """
        monday
        tuesday
        wednesday
        thursday
        friday
        saturday
        sunday
        today
        yesterday
        tonight
        last
        this
        next
        week
        month
        year
        morning
        afternoon
        evening
        night
        on
        in
        at
        during
        """)

    /// Words that start a clause and so end a speaker phrase read backwards from a verb.
    static let clauseWords = Lexicon(lines: """
        that
        which
        who
        whom
        when
        while
        where
        if
        because
        since
        after
        before
        although
        though
        so
        but
        as
        than
        whether
        unless
        until
        once
        what
        how
        why
        said
        says
        told
        is
        was
        are
        were
        be
        been
        being
        has
        have
        had
        to
        not
        it's
        that's
        """)

    /// Determiners that open a speaker phrase: "the executive", "a spokesperson", "one official".
    static let determiners = Lexicon(lines: """
        the
        a
        an
        one
        another
        this
        these
        those
        his
        her
        their
        its
        our
        my
        your
        some
        many
        several
        other
        both
        each
        all
        most
        few
        two
        three
        four
        five
        six
        seven
        eight
        nine
        ten
        numerous
        various
        multiple
        senior
        top
        """)

    /// Question words that open a search query quoted lowercase: 'how to lose weight'.
    static let queryOpeners = Lexicon(lines: """
        how
        what
        why
        where
        when
        which
        who
        """)

    /// Conjunctions that may open a sentence before a quotation continuing the last speaker's
    /// words: `But "the candidacy is stronger."`
    static let continuationOpeners = Lexicon(lines: """
        but
        and
        yet
        still
        so
        """)

    /// Prepositions that may join a role to an organisation inside a speaker phrase: "a
    /// spokesperson for Xiaomi", "the chairman of Xiaomi", "an analyst at Jefferies".
    static let roleLinks = Lexicon(lines: """
        of
        for
        at
        with
        from
        in
        on
        """)

    /// Determiners that stand alone as a speaker: "another said", "one tweeted", "others added".
    static let pronounDeterminers = Lexicon(lines: """
        another
        one
        some
        many
        others
        several
        both
        few
        most
        all
        none
        """)

    /// Words right before a quotation that make it a name, title or term rather than speech:
    /// `the so-called "gig economy"`, `a film titled "Jaws"`.
    static let termIntroducers = Lexicon([
        "so-called", "so called", "named", "dubbed", "titled", "entitled", "nicknamed", "known as",
        "the word", "the words", "the term", "the terms", "the phrase", "the phrases", "the slogan", "the hashtag",
        "the label", "the moniker", "the nickname", "the title", "the headline", "labeled", "labelled", "branded",
        "billed as", "termed", "coined", "aka", "a.k.a.", "alias", "hashtag", "slogan", "catchphrase", "motto",
        "the song", "the film", "the movie", "the book", "the show", "the album", "the series", "the play",
        "the novel", "the program", "the programme", "the podcast", "the exhibition", "the campaign",
        "the operation", "operation", "spelled", "spelt",
    ])

    /// Words after a quotation that show it was a name or term: `"gig" economy workers`... kept
    /// small: what follows a term is usually a noun that the term modifies.
    static let termFollowers = Lexicon([
        "campaign", "slogan", "movement", "doctrine", "rule", "policy", "program", "programme", "strategy",
        "plan", "initiative", "act", "bill", "law", "tour", "hashtag",
        // A work and the people in it: the "Harbour Lights" star, its "Storm Season" episode.
        "star", "stars", "actor", "actress", "host", "creator", "showrunner", "author", "episode", "season", "series",
        "finale", "premiere", "sequel", "franchise", "soundtrack",
        // Things the words are printed on: "Make the Harbour Great" hats.
        "hat", "hats", "cap", "caps", "t-shirt", "t-shirts", "shirt", "shirts", "sign", "signs", "banner", "banners", "sticker", "stickers",
    ])

    /// Elided words that start with an apostrophe: 'em, 'til, 'n' — never an opening quote.
    static let elisions = Lexicon(lines: """
        em
        til
        tis
        twas
        n
        cause
        bout
        round
        nuff
        s
        """)
}

extension Lexicon {
    /// One word per whitespace-separated form; lines are groups of forms of one word.
    init(inflections: String) {
        self.init([])
        for line in inflections.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            for form in trimmed.split(separator: " ") where !form.isEmpty { insert(String(form)) }
        }
    }
}
