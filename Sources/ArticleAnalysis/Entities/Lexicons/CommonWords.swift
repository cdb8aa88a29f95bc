/// Common English words: a capitalised word from this list at the start of a sentence or in a Title
/// Case headline is not a name unless the article also capitalises it mid-sentence. Data only,
/// words separated by whitespace, case-insensitive.
enum CommonWords {
    static let lexicon: Lexicon = Lexicon(words: functionWords + " " + adverbs + " " + verbs + " " + adjectives + " " + nouns)
    /// Determiners, pronouns, prepositions, conjunctions and auxiliaries only.
    static let function: Lexicon = Lexicon(words: functionWords)

    static let functionWords = """
        a an the this that these those some any each every either neither both all no none other another such
        what which who whom whose whoever whatever whichever when where why how whether if unless until till
        while whilst although though because since as so than then thus hence therefore however moreover
        furthermore nevertheless nonetheless meanwhile otherwise instead indeed still yet also too even just only
        and or but nor for of in on at by to from with without within into onto upon about above below over
        under between among amongst across along around through throughout during before after behind beyond
        near beside besides against toward towards via per like unlike despite except regarding concerning
        amid amidst inside outside off out up down away back i me my mine myself we us our ours ourselves you
        your yours yourself yourselves he him his himself she her hers herself it its itself they them their
        theirs themselves one ones oneself someone somebody something anyone anybody anything everyone
        everybody everything nobody nothing noone somewhere anywhere everywhere nowhere here there be am is are
        was were been being have has had having do does did doing done will would shall should can could may
        might must ought need dare let lets not isn't aren't wasn't weren't don't doesn't didn't won't wouldn't
        can't cannot couldn't shouldn't mustn't haven't hasn't hadn't i'm you're we're they're he's she's it's
        that's there's here's what's who's i've you've we've they've i'd you'd we'd they'd he'd she'd i'll
        you'll we'll they'll he'll she'll it'll let's many much more most few fewer less least several enough
        own same various certain whole half twice once first second third last next former latter previous
        following top bottom front yes no oh ok okay hey please thanks thank dear
        zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
        seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
        thousand million billion trillion dozen dozens hundreds thousands millions billions
        """

    static let adverbs = """
        additionally again ago almost alone already altogether always anyway apparently approximately
        basically briefly certainly clearly closely consequently currently definitely directly early earlier
        easily elsewhere entirely especially essentially eventually ever exactly fairly finally firstly
        formerly frankly fully further generally gradually greatly hardly heavily highly hopefully however
        immediately importantly increasingly initially instead interestingly ironically largely lately later
        likely literally mainly maybe merely mostly namely naturally nearly necessarily never newly normally
        notably now obviously occasionally officially often once only openly originally overall partly
        perhaps personally possibly practically presumably previously primarily probably quickly quietly
        quite rapidly rarely rather really recently regardless relatively reportedly roughly secondly seemingly
        separately seriously shortly significantly similarly simply slightly slowly sometimes somewhat soon
        specifically steadily strongly subsequently suddenly supposedly surely surprisingly thankfully
        today tomorrow tonight truly typically ultimately unfortunately usually very well whereas
        widely yesterday overnight online offline abroad ahead aside anew forward forwards backward upward
        downward together apart else perhaps sure right wrong long far fast hard high low late yet
        """

    static let verbs = """
        accept accepted accepts according account accused acquire acquired act acted add added adds admit
        admitted agree agreed agrees aim aimed aiming aims allow allowed allows announce announced announces
        appear appeared appears apply applied approve approved argue argued arrive arrived ask asked asks
        attack attacked attempt attempted avoid avoided back backed ban banned bans battle become becomes
        became becoming begin began begins believe believed beat beats bid bids block blocked boost boosted
        break breaks bring brings brought build builds built buy buys bought call called calls came carry
        carried cause caused change changed changes charge charged check choose chose claim claimed claims
        close closed closes come comes coming compare compared concern concerned confirm confirmed consider
        considered considering continue continued continues cost costs could create created cut cuts deal
        decide decided decline declined deliver delivered deny denied depend describe described design
        designed develop developed die died discuss discussed drop dropped drive drives earn earned ease
        eased end ended ends enter entered entering expand expanded expect expected expects explain explained
        face faced faces fail failed fall falls fell feel feels felt fight file filed find finds found finish
        follow followed follows force forced gain gained gains get gets getting give given gives go goes
        going gone got grow grew grows growing happen happened hear heard help helped helps hit hits hold
        holds held hope hoped hopes hoping include included includes including increase increased join
        joined keep keeps kept kill killed know known knows launch launched launches lead leads led learn
        leave leaves left lift lifted like liked live lived look looked looking looks lose loses losing lost
        love made make makes making manage managed mean means meant meet meets met miss missed move moved
        moves need needed needs note noted offer offered offers open opened opens order ordered pass passed
        pay paid pays plan planned plans play played plays point pointed post posted prepare prepared
        present presented press pressed prevent produce produced promise promised protect provide provided
        provides pull pulled push pushed put puts raise raised raises reach reached read ready receive
        received reduce reduced refuse refused release released remain remained remains remember report
        reported reports require required respond responded rest result resulted return returned reveal
        revealed rise rises rising rose rule ruled run runs said save saw say says see seeing seek seeks
        seem seemed seems seen sell selling sells sent set sets shot show showed shown shows sign signed
        signs slow slowed speak spent spoke stand start started starts stay stop stopped struggle suggest
        suggested support supported take taken takes taking talk talked talks target targeted targets tell
        tells think thinks thought threaten threatened told took track try tried trying turn turned turns
        understand unveil unveiled unveils urge urged use used uses using visit visited vote voted wait want
        wanted wants warn warned was watch went win wins won work worked working works worry write wrote
        targeting teasing expanding launching pushing slowing selling buying entering reaching looking
        """

    static let adjectives = """
        able active actual additional advanced afraid available average bad basic best better big bigger
        biggest black blue brief bright broad busy cheap cheaper cheapest chief civil clear close common
        complete concerned critical current dark dead deep different difficult digital direct due early
        easy economic entire equal essential exclusive expensive extra false familiar famous fellow final
        financial fine firm foreign free fresh full future general global good great greater greatest green
        gross happy hard healthy heavy high higher highest historic huge ideal illegal important impossible
        independent individual industrial initial international key large larger largest late latest leading
        legal legislative less likely little local long major massive military minor mobile modern
        national natural necessary negative new newer newest nice normal nuclear official old older
        only open ordinary original overall particular past personal physical poor popular positive
        possible potential powerful practical previous primary prime private professional proper public
        quick rapid rare real recent red regional related relevant religious remote rich right rural safe
        secret senior serious short significant similar simple single slow small smaller smart social soft
        special specific strong stronger successful sudden sufficient super sure technical total tough
        traditional true typical unable unclear unique unknown upcoming urban usual valuable various
        vast wealthy white whole wide wild wireless worse worst young interesting concerted distinct
        infamous internal external respectable untapped rapid increasingly flagship fourth fifth sixth
        several high-end low-cost long-term short-term so-called well-known
        """

    static let nouns = """
        access action activity address administration advance advantage age agency agreement aid air
        alternative amount analysis anniversary announcement answer area army art article attention audience
        authority award background balance ban bank base basis battle beginning behalf benefit bill board
        body book border brand break budget building business buyer campaign capital car card care career
        carrier case cash center centre century chairman chance change channel chart chief child children
        choice citizen city claim class client climate coach code collection comment commission community
        companies company competition concern condition conference conflict congress consumer consumers
        content contract control cost costs council country court crisis customer customers data date day
        days deal death debate debt decade decision defense defence demand department design detail details
        development device devices difference director discussion disease division door driver drug economy
        editor education effect effort efforts election end energy environment equipment estimate evening
        event events evidence example executive executives experience expert experts face fact family fan
        fans federal figure figures film final firm firms focus food force forces form founder freedom
        friend fund funding future game games gateway goal government group groups growth guide half hand
        head health heart help history home hope hour hours house housing idea identity image impact
        income increase index industry information initiative initiatives insight interest interview
        investment investor investors issue issues job jobs judge key kind kit land law leader leaders
        level life line list loss lot maker makers man management manager manufacturer manufacturers market
        marketing markets matter means measure media meeting member members message method middle minister
        minute minutes model moment money month months morning mother move movement music name nation
        network news night number numbers office officer officers official officials oil opinion
        opportunity option order organization outcome owner pack page paper parent part partner partners
        partnership party people percent period person phone phones picture piece place plan plans plant
        platform player players point police policy population position post power practice president
        pressure price prices problem process product products program programme project property
        protection public purpose push quarter question rate rates reason record region report reports
        research resource response result results return revenue review right risk road role room rule
        rules sale sales school science season seat sector security series service services session share
        shares shelf shelves side site situation size society software source space speech spokesman
        spokeswoman spokesperson staff stage standard start state statement states status step stock
        stocks store story strategy street strike student study success summer support system systems
        table talk task tax team technology term test thing things time times title today top total trade
        training treatment trial trip truth type union unit university user users value version video
        view violence vote war water way week weeks weekend while woman women men word words work worker
        workers world year years comments smartphone smartphones vendor vendors headphones camera battery
        box robot coding plans targets deals launch update updates release releases shares stake profit
        profits losses earnings revenue analyst analysts observers critics residents sources witnesses
        authorities lawmakers regulators prosecutors investigators protesters voters fans
        tweeted week tags source sources related advertisement photo image credit video watch share follow
        subscribe breaking exclusive opinion editorial analysis update live latest more read
        baseball basketball football soccer cricket rugby tennis golf hockey boxing cycling athletics swimming
        skiing racing motor sailing rowing wrestling judo volleyball handball sport sports league leagues
        extras bowling batting standings postponed penalties tries refugees automakers scorers results
        fixtures schedule table note notes summary scoreboard attendance halftime net nickel war wars tour
        south north east west central upper lower greater
        """
}

extension Lexicon {
    /// A lexicon of single words separated by whitespace.
    init(words: String) {
        self.init(words.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
    }
}
