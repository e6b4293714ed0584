import CadenceCore
import Foundation

/// Health: past injuries (snake_case names) and where it hurts now (body parts).
extension FactExtractor {
    /// Injury names with the phrases that name them.
    static let injuries: [(String, String, TextPattern)] = [
        ("shin_splints", "shin splints", TextPattern(#"\b(?:shin ?splints?|mtss|medial tibial stress|sore shins|shin (?:pain|issues|problems))\b"#)),
        // (Tibial periostitis, as Portuguese, Spanish and Italian doctors name shin splints: kept in the runner's word.)
        ("tibial_periostitis", "tibial periostitis", TextPattern(#"\b(?:periostitis|periostite|periostitis tibial|periostite tibiale)\b"#)),
        ("itbs", "IT band syndrome", TextPattern(#"\b(?:it[- ]?band|itb|itbs|iliotibial)\b"#)),
        ("plica_syndrome", "plica syndrome", TextPattern(#"\bplica(?: syndrome)?\b"#)),
        ("plantaris_tear", "a torn plantaris", TextPattern(#"\bplantaris\b"#)),
        ("heel_spur", "a heel spur", TextPattern(#"\b(?:heel|calcaneal) spurs?\b|\bbone spurs? (?:[a-z]+ ){0,4}heel\b"#)),
        ("bone_spur", "a bone spur", TextPattern(#"\bbone spurs?\b"#)),
        ("plantar_fasciitis", "plantar fasciitis", TextPattern(#"\b(?:plantar(?: fasc[a-z]*|\b)|pf\b)"#)),
        ("achilles_rupture", "a ruptured Achilles", TextPattern(
            #"\b(?:ruptured?|snapped|torn|tore|burst)\s+(?:my |the |his |her )?(?:(?:right|left)\s+)?achill[ie]s'?|\bachill[ie]s'?\s+(?:tendon\s+)?(?:rupture|ruptured|tear|torn|snapped)"#)),
        ("achilles_tendinopathy", "Achilles tendinopathy", TextPattern(#"\bachill[ie]s\b|\bachilles'?\b"#)),
        ("patellar_tendinopathy", "patellar tendinopathy", TextPattern(#"\b(?:patellar tend[a-z]*|jumper'?s knee|kneecap tendin[a-z]*|tendinite rotul[a-z]*|tendinite patelar|tendinitis patelar|tendinopat[ií]a patelar|tend[oó]n rotulian[oa]|tendon (?:of|in|below|under) (?:the |my )?kneecap|tendin(?:itis|osis|opathy) (?:in|of|at|below|under) (?:the |my )?(?:(?:left|right) )?(?:kneecap|patella))\b"#)),
        // ("tendinitis in the knee": a tendon of the knee, not named which; the kneecap's is the patellar one, above.)
        ("knee_tendinopathy", "knee tendinopathy",
         TextPattern(#"\b(?:knee tendin[a-z]*|tendin(?:itis|osis|opathy) (?:in|of|at|below|under) (?:the |my )?(?:(?:left|right) )?knee|tendon (?:of|in|below|under) (?:the |my )?knee)\b"#)),
        ("chondromalacia_patellae", "chondromalacia patellae", TextPattern(#"\bchondromalacia(?: patellae?)?\b"#)),
        ("patellofemoral_pain", "patellofemoral pain", TextPattern(#"\b(?:patellofemoral|pfps)(?: (?:pain|syndrome|pain syndrome|joint pain))?\b"#)),
        ("popliteus_tendinopathy", "popliteus tendinopathy", TextPattern(#"\bpopliteus(?: tend[a-z]*)?\b"#)),
        ("compartment_syndrome", "chronic exertional compartment syndrome",
         TextPattern(#"\b(?:(?:chronic )?(?:exertional )?compartment syndrome|cecs|fasciotomy)\b"#)),
        ("runners_knee", "runner's knee", TextPattern(#"\b(?:runner'?s knee|runners knee)\b"#)),
        ("stress_fracture", "a stress fracture", TextPattern(#"\b(?:stress fractures?|stress reactions?|bone stress injur(?:y|ies)|fatigue fractures?|march fractures?)\b"#)),
        ("bone_bruise", "a bone bruise", TextPattern(#"\bbone bruis(?:e|es|ed|ing)\b"#)),
        ("hamstring_strain", "a hamstring strain", TextPattern(#"\b(?:hamstring (?:strain|pull|tear|injury|issues?|problems?)|(?:pulled|pulling|strained|straining|tore|tearing|torn) (?:my |a )?(?:hamstring|hammy)|hamstring)\b"#)),
        ("calf_strain", "a calf strain", TextPattern(#"\b(?:calf (?:strain|pull|tear|injury|issues?|problems?)|(?:pulled|pulling|strained|straining|tore|tearing|torn) (?:my )?calf|calf)\b"#)),
        ("peroneal_tendinopathy", "peroneal tendinopathy", TextPattern(#"\bperone(?:al|us)(?: tend[a-z]*)?\b"#)),
        ("groin_strain", "a groin strain",
         TextPattern(#"\b(?:groin (?:strain|pull|tear|injury)|(?:pulled|strained|tore|tweaked) (?:my |a )?groin)\b"#)),
        ("pes_anserine_bursitis", "pes anserine bursitis", TextPattern(#"\bpes anserin[ea]?(?: bursitis| tendinopathy| syndrome)?\b"#)),
        ("trochanteric_bursitis", "trochanteric bursitis", TextPattern(#"\b(?:greater )?trochanteric bursitis\b"#)),
        ("trochanteric_pain_syndrome", "greater trochanteric pain syndrome",
         TextPattern(#"\b(?:(?:greater )?trochanteric (?:pain syndrome|pain)|gtps)\b"#)),
        ("gluteal_tendinopathy", "gluteal tendinopathy",
         TextPattern(#"\b(?:glute(?:al|us)?(?: medius| minimus| med)? tend[a-z]*|tend[a-z]* (?:of|in) (?:my |the )?glute(?:al|us|s)?(?: medius)?)\b"#)),
        ("haglunds_deformity", "Haglund's deformity", TextPattern(#"\bhaglund'?s?(?: deformity| syndrome| bump)?\b"#)),
        ("bursitis", "bursitis", TextPattern(#"\bbursitis\b"#)),
        ("sesamoiditis", "sesamoiditis", TextPattern(#"\bsesamoiditis\b"#)),
        ("tarsal_tunnel_syndrome", "tarsal tunnel syndrome", TextPattern(#"\btarsal tunnel(?: syndrome)?\b"#)),
        ("cuboid_syndrome", "cuboid syndrome", TextPattern(#"\bcuboid (?:syndrome|subluxation)\b"#)),
        ("osteitis_pubis", "osteitis pubis", TextPattern(#"\b(?:osteitis pubis|pubalgia|athletic pubalgia)\b"#)),
        ("lisfranc_injury", "a Lisfranc injury", TextPattern(#"\blis ?franc\b"#)),
        ("jones_fracture", "a Jones fracture", TextPattern(#"\bjones fracture\b"#)),
        ("talus_osteochondral_lesion", "an osteochondral lesion of the talus",
         TextPattern(#"\bosteochondral (?:lesion|defect|injury|fracture)s?\b(?:\s+(?:\w+\s+){0,3}?(?:talus|talar|talar dome))|\b(?:talus|talar(?: dome)?) osteochondral\b"#)),
        ("osteochondral_lesion", "an osteochondral lesion", TextPattern(#"\bosteochondral (?:lesion|defect|injury|fracture)s?\b|\bocd lesion\b"#)),
        ("pilon_fracture", "a pilon fracture", TextPattern(#"\b(?:pilon|plafond) (?:fracture|break)\b"#)),
        ("ankle_instability", "chronic ankle instability", TextPattern(#"\b(?:(?:chronic )?ankle instability|brostr[oö]m(?: repair| procedure)?)\b"#)),
        ("sinus_tarsi_syndrome", "sinus tarsi syndrome", TextPattern(#"\bsinus tarsi(?: syndrome)?\b"#)),
        ("bakers_cyst", "a Baker's cyst", TextPattern(#"\bbaker'?s cyst\b|\bpopliteal cyst\b"#)),
        ("ankle_sprain", "an ankle sprain", TextPattern(#"\b(?:ankle sprains?|(?:torn|tore|ruptured) (?:an |my |the )?(?:\w+ )?ankle ligaments?|ankle ligaments? (?:tear|injury|rupture)|(?:the|my) (?:left |right )?ankle ligaments?\b(?!\s+(?:is|are|was|were) (?:fine|ok|okay|good|strong))|(?:sprain(?:ed)?|roll(?:ed)?|twist(?:ed)?|twistd) (?:my |an |me |mi |both |two |\d |the )?(?:left |right )?ankles?|ankle (?:injury|issues?|problems?)|ankles?,? (?:was |got |badly |all )?(?:sprain(?:ed)?|twist(?:ed)?|rolled)|weak ankles?)\b"#)),
        ("herniated_disc", "a herniated disc",
         TextPattern(#"\b(?:(?:herniated|slipped|bulging|prolapsed|ruptured) dis[ck]|dis[ck] (?:herniation|hernia|prolapse|bulge)|hernia (?:of|in) (?:the |a |my )?dis[ck]|l[345][- ]?[ls][1-5])\b"#)),
        ("back_pain", "back pain", TextPattern(#"\b(?:(?:lower )?back (?:pain|problems?|issues?|injury)|bad back|sciatica|my (?:lower )?back (?:went|gave out|gave way|locked up|seized up))\b"#)),
        ("hip_pain", "hip problems", TextPattern(#"\b(?:hip (?:pain|problems?|issues?|injury|flexor)|hip flexors?)\b"#)),
        ("knee_pain", "knee problems", TextPattern(#"\b(?:(?:bad |dodgy )knees?|knee (?:pain|problems?|issues?|injury|trouble|surgery|sprain|replacement|replaced|was replaced)|knees? (?:had|has|needed|got) (?:an? )?(?:surgery|operation|op|scope|arthroscopy)|(?:new|replaced|replacement) knees?|knees? (?:has|have|had|got|needed) \d+ stitch(?:es)?|(?:sprain(?:ed)?|twist(?:ed)?|hurt|injured|banged up|wrecked) (?:my |a |the |his |her )?(?:left |right )?knee)\b"#)),
        ("meniscus_tear", "a meniscus tear", TextPattern(#"\b(?:torn meniscus|meniscus(?: tear)?)\b"#)),
        ("acl_tear", "an ACL tear", TextPattern(#"\b(?:acl|anterior cruciate)\b"#)),
        ("piriformis_syndrome", "piriformis syndrome", TextPattern(#"\bpiriformis\b"#)),
        ("mortons_neuroma", "Morton's neuroma", TextPattern(#"\b(?:morton'?s )?neuroma\b"#)),
        ("hip_labrum_tear", "a torn hip labrum", TextPattern(#"\blabr(?:um|al)\b"#)),
        ("tibialis_tendinopathy", "tibialis tendinopathy", TextPattern(#"\btibialis(?: anterior| posterior)?(?: tend[a-z]*)?\b"#)),
        ("wrist_sprain", "a sprained wrist",
         TextPattern(#"\b(?:(?:sprained|twisted|hurt|injured|wrecked|busted|jarred) (?:my |a |the )?(?:left |right )?wrist|wrist (?:sprain|injury))\b"#)),
        ("shoulder_injury", "a shoulder injury",
         TextPattern(#"\b(?:(?:dislocated|separated|wrecked|hurt|injured|busted|tore|torn|did in) (?:my |a |the )?(?:left |right )?shoulder|shoulder (?:injury|dislocation|surgery|reconstruction)|shoulder (?:came|popped|went|slipped) out|shoulder,? (?:was |got )?(?:dislocated|separated)|rotator cuff|frozen shoulder)\b"#)),
        ("osgood_schlatter", "Osgood-Schlatter disease", TextPattern(#"\bosgood(?:[- ]?schl?att?er'?s?)?\b"#)),
        ("sinding_larsen_johansson", "Sinding-Larsen-Johansson syndrome", TextPattern(#"\bsinding[- ]?larsen(?:[- ]?johansson)?\b"#)),
        ("popliteal_artery_entrapment", "popliteal artery entrapment", TextPattern(#"\bpopliteal artery entrapment\b|\bpaes\b"#)),
        ("snapping_hip", "snapping hip", TextPattern(#"\bsnapping hip(?: syndrome)?\b"#)),
        ("severs_disease", "Sever's disease", TextPattern(#"\bsever'?s(?: disease)?\b|\bcalcaneal apophysitis\b"#)),
        // Diagnoses a clinician gives, kept in their words rather than the body part's.
        ("metatarsalgia", "metatarsalgia", TextPattern(#"\bmetatarsalgia\b"#)),
        ("hallux_rigidus", "hallux rigidus", TextPattern(#"\bhallux (?:rigidus|limitus)\b|\bcheilectomy\b"#)),
        ("bunion", "bunion", TextPattern(#"\bbunions?\b|\bhallux valgus\b|\bbunionectomy\b"#)),
        ("os_trigonum_syndrome", "os trigonum syndrome", TextPattern(#"\bos trigonum(?: syndrome)?\b"#)),
        ("femoroacetabular_impingement", "femoroacetabular impingement",
         // ("FAI" said as the hip's, not the name Fai: "Chan Wai-fai. Friends say Ah Fai.")
         TextPattern(#"\b(?:femoro-?acetabular(?: impingement)?|(?:^\W*|\b(?:had|have|has|with|of|my|an|the|left|right|bilateral|hip|for|and) )fai(?= in| on| surgery|\W*$|[,.;!)])|hip impingement|cam (?:lesion|impingement)|pincer impingement)\b"#)),
        ("tibial_plateau_fracture", "a tibial plateau fracture", TextPattern(#"\btibial plateau\b"#)),
        ("tennis_elbow", "tennis elbow", TextPattern(#"\b(?:tennis elbow|lateral epicondyl(?:itis|algia))\b"#)),
        ("turf_toe", "turf toe", TextPattern(#"\bturf toe\b"#)),
        ("hammer_toe", "a hammer toe", TextPattern(#"\bhammer ?toes?\b"#)),
        ("thumb_sprain", "a sprained thumb", TextPattern(#"\b(?:(?:sprained|twisted|jammed|hurt|injured) (?:my |a |the )?(?:left |right )?thumb|thumb sprain)\b"#)),
        ("ankle_impingement", "ankle impingement", TextPattern(#"\b(?:(?:anterior|posterior) )?ankle impingement\b"#)),
        ("sacroiliac_joint_dysfunction", "sacroiliac joint dysfunction", TextPattern(#"\b(?:sacroiliac|si joint)\b"#)),
        ("whiplash", "whiplash", TextPattern(#"\bwhiplash\b"#)),
    ]
    static let noneFromRunning = TextPattern(#"\b(?:none|nothing|nothin|zero|no injuries|no injury) (?:from|with|while|in) (?:running|runnin)\b|(?:^|[.!?;]\s*)(?:from|with) (?:running|runnin),? (?:never|none|nothing|no)\b|\b(?:running|runnin)[- ]?wise,? (?:none|nothing|nothin|no)\b"#)
    static let noInjuries = TextPattern(
        #"\b(?:no (?:real |major |serious |significant |past |previous |running )?injur(?:y|ies)(?: history| to speak of| really)?|never (?:been|got|gotten) (?:seriously |really )?injured|(?:^|[.!?]\s*)never (?:injured|injury|injuries)|never (?:had|have had|i had|i have had) (?:an? |any )?(?:real |serious )?injur(?:y|ies)|i (?:never|have never|did not|do not) (?:had|have|have had|get|got) (?:an? |any )?injur(?:y|ies)|injury[- ]free|have not had (?:any )?(?:injur(?:y|ies)|problems)|not had any injuries|nothing (?:serious|major) injury|no injury|nae injur(?:y|ies)|not that i know of)\b"#)
    static let saidNotPain = TextPattern(#"(?:^\W*|[.!?;,]\s*|\b(?:that is|thats|it is|its|just|only)\s+)(?:just\s+|only\s+)?(?:stiffness|stiff|tightness|tight|tiredness|tired|fatigue|heavy|heaviness|soreness from work)\b[^.!?]*\b(?:not (?:a |real |really )?pain\b(?!-)|(?:it|that) (?:does not|doesn'?t|did not) (?:really |actually )?hurt)"#)
    static let withoutPartHurting = TextPattern(#"\bwithout (?:the |my |it |that )?[a-z]+ (?:complaining|hurting|aching|playing up|flaring up|acting up|blowing up|giving out)\b"#)
    static let noPain = TextPattern(
        #"\b(?:(?:current )?pain\s*[:=-]\s*(?:nil|none|no|0|nothing)\b|nothing (?:pain|painful) now|nothing i would call pain|(?:would not|wouldn'?t|would never|do not|don'?t) call it (?:a )?(?:pain|painful|sore)|nothing (?:actually |really |at all )?(?:hurts|is hurting|bothers me|is bothering me|at the moment|right now|currently)|no (?:current )?(?:pain|aches|niggles|issues right now)|pain[- ]free|not in any pain|no pain|not have (?:any )?pain|nothing hurting|nothing(?:'s| is)? (?:sore|aching|achy|painful|niggling)|feel(?:ing)? (?:fine|good|great) (?:right now|at the moment|currently))\b"#)
    /// ("Not right now, knock on wood.", asked what hurts now.)
    static let notNow = TextPattern(#"^\W*(?:no,?\s+)?not (?:right now|at the moment|currently|today|these days)(?=\s*[,.!;]|\s*$)"#)
    static let partPutRight = TextPattern(#"(?:^|[.!?]\s+)(?:no|sorry|actually|wait|oops)[,.!]?\s+(?:(?:sorry|actually),?\s+)?(?:it is|it's|its|i mean|i meant) (?:the |my )?(?:left |right )?"#)
    static let bodyParts: [(String, TextPattern)] = [
        ("knee", TextPattern(#"\b(?:knees?|knee ?caps?|patell(?:a|ar))\b"#)), ("shin", TextPattern(#"\bshins?\b"#)),
        ("foot", TextPattern(#"\b(?:foot|feet|arch|metatarsals?|forefoot)\b"#)),
        ("heel", TextPattern(#"\b(?:heels?|plantar(?: fascia)?)\b"#)), ("achilles", TextPattern(#"\bachilles\b"#)), ("hip", TextPattern(#"\bhips?\b"#)),
        ("back", TextPattern(#"\blower back\b|\bwaist\b|(?<=\bmy )back(?= in (?:19|20)\d\d\b)|(?<=\bput my )back(?= out\b)|(?<!years )(?<!year )(?<!months )(?<!month )(?<!weeks )(?<!week )(?<!while )(?<!days )(?<!time )(?<!ways )(?<!coming )(?<!come )(?<!came )(?<!get )(?<!getting )(?<!got )(?<!going )(?<!go )(?<!went )(?<!be )(?<!was )(?<!keeps )(?<!bounce )(?<!are )(?<!is )(?<!been )(?<!it's )(?<!they're )(?<!its )(?<!theyre )(?<!coming )\bback\b(?! (?:in|into|to|from|then|when|up|on|at|again|home|out|this|last|since|after|now))"#)), ("calf", TextPattern(#"\b(?:calf|calves|gastroc\w*|soleus)\b"#)),
        ("hamstring", TextPattern(#"\b(?:hamstrings?|hamm(?:y|ies))\b"#)), ("ankle", TextPattern(#"\bankles?\b"#)), ("quad", TextPattern(#"\bquads?\b"#)),
        ("glute", TextPattern(#"\bglutes?\b"#)), ("groin", TextPattern(#"\bgroin\b"#)), ("toe", TextPattern(#"\btoes?\b"#)),
        ("it_band", TextPattern(#"\b(?:it[- ]?band|itb|iliotibial(?: band)?)\b"#)), ("sciatica", TextPattern(#"\bsciatic(?:a)?\b"#)),
        ("pelvis", TextPattern(#"\b(?:pelvis|pubic bone|pubis)\b"#)),
        // ("my neck aches most days from hunching over the steno machine", "My wrists ache from holding the suction all day".)
        ("neck", TextPattern(#"(?<!femoral )\bnecks?\b(?! of (?:the |my )?femur)"#)), ("shoulder", TextPattern(#"\bshoulders?\b"#)),
        ("wrist", TextPattern(#"\bwrists?\b"#)), ("elbow", TextPattern(#"\belbows?\b"#)),
    ]
    static let painNow = TextPattern(
        #"\b(?:hurts?|hurting|sore|aching|aches?|achy|painful|niggle|niggly|niggling|twinge|twinges|twingey|twingy|tender|tight|bothering me|acting up|flaring|flared up|playing up|grumbl(?:ing|es|y)|complaining|moaning|barking|pain in|pain|paining|pains|a bit of pain|is killing me|burns|burning)\b"#)
    /// Said now and then, tightness is no pain now ("a tight hamstring now and then").
    static let nowAndThen = TextPattern(#"\b(?:now and then|sometimes|occasionally|every so often|from time to time|after (?:the |my )?long(?:er)? (?:runs?|ones?))\b"#)
    /// Pain words other than "tight" in a clause ("my hip is tight at the moment" is a niggle; "a tight
    /// hamstring now and then" is not pain now).
    static func hurts(_ clause: String) -> Bool {
        painNow.matches(in: clause).contains { $0.text.lowercased() != "tight" }
    }
    /// Tightness, stiffness and clicking are worth knowing but are not injuries ("calves tight but not painful").
    static let rightNow = TextPattern(#"\b(?:at the moment|right now|currently|today|this week|at present)\b"#)
    static let painTakenBackForStiffness = TextPattern(
        #"\b(?:no|nah|actually|sorry|wait|well)\b[,.!]?\s+(?:it(?:'s| is)?\s+)?(?:not|doesn't|does not|don't|do not)\s+(?:really\s+)?(?:hurts?|hurting|pain|painful|sore)\b[^.!?]{0,40}\b(?:tight|tightness|stiff|stiffness|tired|heavy)\b"#)
    static let notPainWords = TextPattern(#"\b(?:tight|tightness|stiff|stiffness|clicks?|clicking|heavy|tired|creak(?:s|y|ing)?|crunch(?:y|ing)?|grinding)\b"#)
    /// A reply that says all is well ("nothing from running", "all good now", "only my soul. physically, nothing").
    static let playedDown = TextPattern(
        #"\bnothing (?:too |very |that |really )?(?:dramatic|serious|major|bad|big|terrible|crazy|much|awful|severe)\b(?=[,.;]?\s*(?:just|but|only|still|mostly|a bit|a little))"#)
    static let allClear = TextPattern(
        #"^\W*not (?:pain|painful|hurting|sore|an injury)\b|\b(?:no|none|nothing|nope|nah|zero|0|not really|never had (?:1|one|any)|(?:is|it is) not pain|(?:is|are|feels?) (?:okay|ok|fine|good) now|not at the moment|not currently|all good|all fine|(?:fine|ok|okay|good|better|sorted) now|everything(?: is|'s|s) (?:fine|good|ok|okay)|(?:do|does) not hurt|not (?:painful|sore|hurting)|pain[- ]free|feel(?:s|ing)? (?:good|great|fine|fresh)|(?:body|legs|everything else)(?:'s| is| are| feels?) (?:fine|good|ok|okay)|i am (?:fine|ok|okay|good)|nothing i would call pain|(?:only|just) my (?:pride|ego|soul|dignity|wallet|feelings|bank account|faith|patience|sanity)|not a thing|(?:just|only) (?:the |some )?(?:usual |normal )?(?:doms|post-run soreness|muscle soreness after (?:hard|long) (?:runs|sessions)))\b"#)
    static let notPainful = TextPattern(#"^[^.;!?]*?\b(?:not (?:painful|sore|hurting|pain)|more (?:stiff|tight|tired|achy|creaky) than (?:pain|painful|sore|hurting)|does not hurt|do not hurt|no pain|not really pain|not an injury)\b"#)
    static let notPainfulAnywhere = TextPattern(#"\b(?:not (?:painful|sore|hurting|pain)|more (?:stiff|tight|tired|achy|creaky) than (?:pain|painful|sore|hurting)|does not hurt|do not hurt|no pain|not really pain|not an injury)\b"#)
    /// Whether the words between a part and its pain word are only other parts in a list with it.
    static func partsListed(_ between: String) -> Bool {
        var rest = between
        for (_, pattern) in bodyParts { rest = pattern.replacing(in: rest) { _ in " P " } }
        rest = painNow.replacing(in: rest) { _ in " " }
        return partListRest.matches(rest)
    }
    static let partListRest = TextPattern(
        #"^[\s,]*(?:(?:in|of|on|at|to|my|me|the|left|right|both|a|an|lower|upper|bit|little|is|are|feel|feels|and|n|&|plus|P|its|it|they|all|kinda|kind of|quite|pretty|really|very)[\s,]*)*$"#)
    static let painPastCue = TextPattern(#"\b(?:used to|last (?:year|month|summer|spring|winter|autumn|season)|ago|in the past|had|was|were|recovered|healed|back in|previously|history of|years|in the (?:sixties|seventies|eighties|nineties|60s|70s|80s|90s|'60s|'70s|'80s|'90s))\b"#)
    /// Where the sentence holding `position` starts (after the last ".", "!", "?" or ";" before it).
    static func sentenceStart(in text: String, before position: Int) -> Int {
        let head = text.utf16Slice(0, position)
        guard let stop = head.lastIndex(where: { ".!?;".contains($0) }) else { return 0 }
        return head.utf16.distance(from: head.startIndex, to: stop) + 1
    }

    /// Said after the pain, it puts the pain in the past: "this was last year", "now it is finish", "all healed now".
    static let painOver = TextPattern(
        #"\b(?:(?:this|that|it) (?:was|happened) (?:last (?:year|month|summer|spring|winter|autumn|season)|in (?:19|20)\d\d|years ago|\d+ (?:years?|months?) ago|a (?:few )?(?:years?|months?) ago|a long time ago|ages ago)|now (?:it is|it's|its) (?:finish(?:ed)?|fine|ok|okay|gone|better|healed|all good|good)|(?:but )?now (?:ok|okay|fine|good|better|all good)|(?:all |fully )?(?:healed|gone|cleared up|sorted|fine|better) now|(?:it has|it's|it is|has) (?:fully |completely |since )?(?:healed|cleared up|gone away|settled)|(?:but |and )?(?:it |that )?settled(?: down)?(?! in)|(?:it is|it's|its) (?:finish(?:ed)?|over|gone) now|(?:but )?not any ?more|no longer)\b"#)
    static let moreExactInjury: [(String, String)] = [
        ("knee_tendinopathy", "patellar_tendinopathy"),
        ("runners_knee", "patellofemoral_pain"), ("bursitis", "pes_anserine_bursitis"), ("achilles_tendinopathy", "achilles_rupture"),
        ("patellofemoral_pain", "chondromalacia_patellae"), ("shin_splints", "compartment_syndrome"), ("bursitis", "trochanteric_pain_syndrome"), ("bursitis", "trochanteric_bursitis"), ("hip_pain", "trochanteric_bursitis"),
        ("bursitis", "haglunds_deformity"), ("back_pain", "herniated_disc"), ("foot_fracture", "lisfranc_injury"), ("calf_strain", "plantaris_tear"),
        ("hip_pain", "trochanteric_pain_syndrome"), ("hip_pain", "gluteal_tendinopathy"), ("knee_pain", "popliteus_tendinopathy"),
        ("ankle_sprain", "ankle_instability"), ("foot_pain", "tarsal_tunnel_syndrome"),
        ("metatarsal_fracture", "jones_fracture"), ("foot_fracture", "jones_fracture"), ("ankle_fracture", "pilon_fracture"),
        ("osteochondral_lesion", "talus_osteochondral_lesion"), ("foot_pain", "talus_osteochondral_lesion"),
        ("ankle_sprain", "talus_osteochondral_lesion"), ("foot_pain", "osteochondral_lesion"),
        ("foot_pain", "metatarsalgia"), ("hip_pain", "femoroacetabular_impingement"), ("hip_pain", "sacroiliac_joint_dysfunction"),
        ("knee_pain", "tibial_plateau_fracture"), ("ankle_sprain", "ankle_impingement"), ("ankle_sprain", "os_trigonum_syndrome"),
        ("back_pain", "sacroiliac_joint_dysfunction"),
        ("bone_spur", "heel_spur"),
    ]
    static let clearOfSomethingElse = TextPattern(#"^\s*(?:else|elsewhere|there|in (?:it|that|there)|from (?:it|that)|with (?:it|that))\b"#)
    static let injuryPutRight = TextPattern(#"\b(?:sorry,?\s+no|no,?\s+(?:wait|sorry)|scratch that|(?:no|actually|sorry),?\s+it was|i mean,?\s+(?:it was|the|a|an)|wrong,?\s+it was)\b"#)
    static let partHurtOnce = TextPattern(
        #"\b(?:sprain(?:ed|s)?|twist(?:ed)?|bad|dodgy|injur[a-z]*|hurt (?:my|me)|put (?:my|me) (?:[a-z]+ )?out|tore|torn|surgery|operat(?:ed|ion)|went|gave out|strain(?:ed)?|pulled|dislocated|broke|replace(?:d|ment)|new (?:left |right )?(?:hip|knee)s?)\b"#)
    static let injuryWord = TextPattern(#"\b(?:injur[a-z]*|strain(?:ed)?|pull(?:ed)?|tear|tore|torn|tendin[a-z]*|rupture[d]?)\b"#)
    static let injuryNegated = TextPattern(#"\b(?:never|no|not|without)\s+(?:had\s+|have had\s+|any\s+|been\s+)?(?:any\s+|an?\s+)?$"#)

    static let itHurts = TextPattern(
        #"\b(?:it|it is|it has|that|that is|that has)\s+(?:the (?:left|right|other) (?:one|1),?\s+(?:and\s+|it is\s+)?)?(?:(?:been|still|really|quite|a bit|actually|honestly|properly|now)\s+){0,3}(?:sore|hurting|painful|aching|achy|hurts|throbbing|twinging|niggling)\b"#)
    /// "Since maybe ten days... no, two weeks": a "no" that puts a figure right says nothing of pain.
    /// ("… since last Sunday. No, it's the left one": a "no" that puts the side right says nothing of pain either.)
    static let numberPutRight = TextPattern(#"\bno[,.]?\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple)\b|(?:it is |its |it's )?(?:the |my )?(?:left|right|other)\b)"#)
    static let yearSaid = TextPattern(#"\bin (?:19|20)\d\d\b"#)
    static let pastAfter = TextPattern(#"^\s*,?\s*(?:(?:in )?(?:19|20)\d\d|back in|\d+ (?:years?|months?) ago|(?:a few |some |many )?years ago|last (?:year|season|summer|spring|autumn|fall|winter))\b"#)
    static let partAdded = TextPattern(#"^\W*(?:and|but|also|plus)\s+(?:my|the)\b"#)
    static let partToldBefore = TextPattern(#"\b(?:that|the same|the|my) ((?:left |right )?[a-z]+) (?:i (?:told you about|told you|mentioned|said|talked about)|from (?:before|earlier))\b"#)
    static let opensInThePast = TextPattern(#"^\W*(?:(?:before|previously|in the past|back then|once|years ago|long ago|last year)\s*,|(?:one|1) time\b)"#)
    static let toldAsHistory = TextPattern(
        #"\b(?:years? ago|months ago|last (?:year|spring|summer|autumn|fall|winter)|in (?:19|20)\d\d|back in|when i (?:first )?started|as a (?:kid|teen|teenager|child)|used to|healed|long gone|all cleared up)\b"#)

    func extractHealth(_ scan: Scan) {
        var past: [(String, String, Int)] = []
        var injuryNames: [Range<Int>] = []  // where an injury is named ("trochanteric pain syndrome" is no pain now)
        for (value, name, pattern) in Self.injuries {
            for match in pattern.matches(in: scan.text) {
                injuryNames.append(match.start..<match.end)
                if Self.injuryNegated.matches(scan.window(before: match.start, 24)) { continue }
                if scan.isQuestion(at: match.start) || scan.disowned(at: match.start) { continue }
                let clause = scan.clause(around: match.start).text
                // "my achilles hurts" (no past cue) is current pain, handled below, unless injuries were asked about.
                // ("From running, a sore Achilles in 2024": a year said after it puts it in the past.)
                let bodyOnly = ["achilles_tendinopathy", "calf_strain", "hamstring_strain"].contains(value)
                    && !match.text.contains(" ") && Self.painNow.matches(clause) && !Self.painPastCue.matches(clause)
                    && !Self.pastAfter.matches(scan.window(after: match.end, 20)) && !Self.yearSaid.matches(clause)
                // "right now my achilles is a bit achy" is pain now, not history, even in answer to the injuries question.
                if bodyOnly { continue }
                let bare = ["calf_strain", "hamstring_strain"].contains(value) && !match.text.contains(" ")
                // "a tight hamstring now and then" is tightness, not an injury.
                if bare || value == "achilles_tendinopathy", Self.notPainWords.matches(clause), !Self.hurts(clause),
                   !Self.injuryWord.matches(clause) { continue }
                // ("I tore my left hamstring in August": torn is an injury, as strained or pulled is.)
                if bare, !Self.painPastCue.matches(clause), scan.expecting != "health.pastInjuries", !Self.injuryWord.matches(clause) { continue }
                if value == "achilles_tendinopathy", !Self.painPastCue.matches(clause), scan.expecting != "health.pastInjuries",
                   !clause.contains("injur"), !clause.contains("tend"), !clause.contains("issue"), !clause.contains("problem") { continue }
                // "tibial stress fracture", "stress reaction in my 2nd metatarsal": named by the bone.
                let (named, said) = value == "stress_fracture" ? Self.stressInjurySite(scan, match) ?? (value, name) : (value, name)
                if !past.contains(where: { $0.0 == named }) { past.append((named, said, match.start)) }
            }
        }
        // "runner's knee, the physio said patellofemoral pain syndrome", "pes anserine bursitis", "ruptured my
        // Achilles": one injury, by its most exact name.
        for (value, name, position) in Self.brokenBones(scan) where !past.contains(where: { $0.0 == value }) {
            past.append((value, name, position))
        }
        for (value, name, position) in Self.structureInjuries(scan) where !past.contains(where: { $0.0 == value }) {
            past.append((value, name, position))
        }
        // The general name goes when a more exact one is said ("soleus_strain" refines "calf_strain").
        for (general, exact) in Self.moreExactInjury + Self.finerStructure where past.contains(where: { $0.0.hasPrefix(exact) }) {
            past.removeAll { $0.0 == general }
        }
        // "Does a sprained wrist count? Ha. No running injuries.": an injury only offered in a question, then ruled out.
        if !past.isEmpty, let none = Self.noInjuries.matches(in: scan.text).last,
           past.allSatisfy({ $0.2 < none.start && scan.text.utf16Slice($0.2, none.start).first(where: { ".!?;".contains($0) }) == "?" }) {
            past = []
        }
        // ("A bad right ankle from netball, I sprained it many times. I broke my forearm at nine", asked about injuries: a part
        // with an injury's words, in a sentence naming no injury, is one more beside those named.)
        if scan.expecting == "health.pastInjuries", !past.isEmpty {
            for (sentence, start) in scan.sentences() {
                guard !past.contains(where: { (start..<start + sentence.utf16Length).contains($0.2) }), Self.partHurtOnce.matches(sentence),
                      !Self.painNow.matches(sentence) || Self.painPastCue.matches(sentence),
                      let part = Self.bodyParts.first(where: { $0.1.matches(sentence) }), let value = Self.partInjuries[part.0],
                      !past.contains(where: { $0.0 == value }), !scan.aboutSomeoneElse(at: start + (part.1.firstMatch(in: sentence)?.start ?? 0)),
                      // ("My wife has a bad knee": someone else's.)
                      !Self.otherSubject.matches(sentence.trimmingCharacters(in: .whitespaces)) else { continue }
                past.append((value, value.replacingOccurrences(of: "_", with: " "), start))
            }
        }
        // ("Shin splints in 2019. Sorry, no, it was plantar fasciitis": an injury put right is replaced by the next one.)
        if past.count > 1 {
            let ordered = past.sorted { $0.2 < $1.2 }
            // (Right before the next one: "no wait, it was 2021. And shin splints" puts the year right, not the injury.)
            let putRight = zip(ordered, ordered.dropFirst()).filter { pair in
                Self.injuryPutRight.matches(in: scan.text.utf16Slice(pair.0.2, pair.1.2)).last.map { pair.1.2 - pair.0.2 - $0.end <= 12 } == true
            }
            past.removeAll { injury in putRight.contains { $0.0.0 == injury.0 } }
        }
        if !past.isEmpty {
            let sorted = past.sorted { $0.2 < $1.2 }
            scan.add("health.pastInjuries", .array(sorted.map { .string($0.0) }), said: Self.sayList(sorted.map(\.1)), at: sorted[0].2, checkNegation: false)
        } else if case let partNamed = Self.bodyParts.contains(where: { $0.1.matches(scan.text) }),
                  // ("No injury from running. One time I fall from motorbike and hurt my elbow": none from running, and a part
                  // hurt another way, is the bare answer's to weigh.)
                  let match = (partNamed && Self.noneFromRunning.matches(scan.text) ? nil : Self.noInjuries.firstMatch(in: scan.text))
                    // ("runnin wise nothin"; not "Done my ankle ligaments playing rugby, nothing from running though".)
                    ?? (partNamed ? nil : Self.noneFromRunning.firstMatch(in: scan.text)) {
            scan.add("health.pastInjuries", [], said: "no past injuries", at: match.start, checkNegation: false)
        }

        // Current pain.
        var parts: [(String, Int)] = []
        for (part, pattern) in Self.bodyParts {
            for match in pattern.matches(in: scan.text) {
                // ("Only to finish without the back complaining": a hope, not a pain.)
                if Self.withoutPartHurting.matches(scan.text.utf16Slice(max(0, match.start - 14), min(scan.text.utf16Length, match.end + 16))) { continue }
                let (clause, start) = scan.clause(around: match.start)
                // Tightness is no pain ("the foot's a bit tight after runs") unless it is there now ("my hip is
                // tight at the moment", a niggle).
                let tightNow = Self.rightNow.matches(clause)
                guard let pain = Self.painNow.matches(in: clause).first(where: { word in
                    (word.text.lowercased() != "tight" || tightNow)
                        && !(injuryNames.contains { $0.contains(start + word.start) } && clause.utf16Slice(word.end, word.end + 9) == " syndrome")
                }) else {
                    // ("My right ankle, since Friday. Nothing dramatic, just sore": played down, still sore.)
                    // ("Just the metatarsal stress fracture, and shin splints years ago": injuries told as history, in
                    // answer to what hurts now, are none.)
                    // ("Only my soul. And my left knee, a bit, …": a part added after the joke is what hurts.)
                    let added = Self.partAdded.matches(scan.sentence(around: match.start).text)
                    // ("Just the lower back after a day on the tractor, but that's stiffness, not pain": said not to be pain.)
                    if Self.saidNotPain.matches(scan.sentence(around: match.start).text) { continue }
                    // ("knees r fine. back is killin me": a part said to be fine.)
                    if Self.partSound.matches(scan.text.utf16Slice(match.end, min(scan.text.utf16Length, match.end + 50))) { continue }
                    if scan.expecting == "health.currentPain", added || !Self.allClear.matches(Self.numberPutRight.replacing(in: Self.playedDown.replacing(in: scan.text) { _ in " " }) { _ in " " }),
                       !Self.notPainWords.matches(clause), !parts.contains(where: { $0.0 == part }),
                       !Self.toldAsHistory.matches(scan.sentence(around: match.start).text) || Self.rightNow.matches(scan.sentence(around: match.start).text) {
                        parts.append((part, match.start))
                    }
                    continue
                }
                // The pain word and the body part belong together when nothing past-tense sits between them.
                let lower = min(pain.start + start, match.start), upper = max(pain.end + start, match.end)
                let between = scan.text.utf16Slice(lower, upper)
                var lead = scan.window(before: lower, 20)
                if let cut = lead.range(of: " and ", options: .backwards) ?? lead.range(of: ",", options: .backwards) {
                    lead = String(lead[cut.upperBound...])
                }
                if Self.painPastCue.matches(between) || Self.painPastCue.matches(lead) { continue }
                // ("Only heel pain in 2024, doctor said Achilles tendinitis": a year or a time ago said after it.)
                if Self.pastAfter.matches(scan.window(after: upper, 20)) { continue }
                // ("Before, I have pain in the heel, the doctor say plantar fascia inflammation": a sentence set in the past.)
                if case let sentence = scan.sentence(around: match.start).text, Self.opensInThePast.matches(sentence), !Self.rightNow.matches(sentence) { continue }
                if !Self.hurts(clause), Self.nowAndThen.matches(clause) { continue }
                // The pain word goes with the nearest part: "I tore my calf in 2023 and my ankle is sore" is the ankle.
                // ("knee and ankle both a bit sore", "pain in my left hip and my right knee": parts listed share it.)
                if Self.bodyParts.contains(where: { $0.0 != part && $0.1.matches(between) }), !Self.partsListed(between) { continue }
                if Self.noPain.matches(clause) || Self.notPainful.matches(scan.text.utf16Slice(match.end, match.end + 80)) { continue }
                if !parts.contains(where: { $0.0 == part }) { parts.append((part, match.start)) }
            }
        }
        // "Right hamstring's a bit tight. No, honestly, it's been sore since Thursday": "it" is the one part named before.
        if scan.expecting == "health.currentPain", parts.isEmpty, let said = Self.itHurts.firstMatch(in: scan.text),
           case let before = scan.text.utf16Slice(0, said.start),
           case let named = Self.bodyParts.compactMap({ part, pattern in pattern.matches(in: before).last.map { (part, $0.start) } }),
           named.count == 1, !Self.toldAsHistory.matches(scan.sentence(around: said.start).text) {
            parts.append((named[0].0, named[0].1))
        }
        // "Just that foot I told you about": a part named before in the conversation, asked what hurts now.
        if scan.expecting == "health.currentPain", parts.isEmpty, let told = Self.partToldBefore.firstMatch(in: scan.text),
           !Self.noPain.matches(scan.text), !Self.painOver.matches(scan.text), !Self.toldAsHistory.matches(scan.sentence(around: told.start).text),
           let part = Self.bodyParts.first(where: { $0.1.matches(told[1] ?? "") })?.0 {
            parts.append((part, told.start))
        }
        // "My knee hurts. Well, 'hurts' is too strong … Nothing actually hurts": the last word on it wins.
        // ("The fracture itself is fine, no pain there" is about something else.)
        // ("My wrists ache from the suction all day. Nothing in my legs": the all-clear of another part.)
        if let last = parts.map(\.1).max(), let clear = Self.noPain.matches(in: scan.text).last, clear.start > last,
           Self.clearOfSomethingElse.firstMatch(in: scan.text.utf16Slice(clear.end, clear.end + 16)) == nil,
           case let after = scan.text.utf16Slice(clear.start, clear.end + 24),
           !Self.bodyParts.contains(where: { part in !parts.contains { $0.0 == part.0 } && part.1.matches(after) }) {
            parts = []
        }
        // "I have pain in the knee … This was last year, now it is finish": a pain said to be over is history.
        var over: TextMatch?
        // Not when the words before it in its sentence name an injury: "my knee hurts, I had shin splints but that
        // was years ago" puts the shin splints in the past, not the knee.
        if let last = parts.map(\.1).max(), let done = Self.painOver.matches(in: scan.text).last, done.start > last,
           case let from = max(last, Self.sentenceStart(in: scan.text, before: done.start)),
           !Self.injuries.contains(where: { $0.2.matches(scan.text.utf16Slice(from, done.start)) }),
           // "My hip's been aching … The shin's fine now": what is fine is another part.
           !Self.bodyParts.contains(where: { part in !parts.contains { $0.0 == part.0 } && part.1.matches(scan.text.utf16Slice(from, done.start)) }) {
            parts = []
            over = done
        }
        // ("My knee hurts a bit. No, not hurts, it's stiff in the morning, that's all.": the pain taken back for stiffness.)
        if let last = parts.map(\.1).max(), let back = Self.painTakenBackForStiffness.matches(in: scan.text).last, back.start > last {
            parts = []
            over = back
        }
        // ("My left Achilles is sore since the weekend. No, it's the calf, just above it.": the part put right.)
        if parts.count == 1, let last = parts.first, let fix = Self.partPutRight.matches(in: scan.text).first(where: { $0.start > last.1 }),
           case let named = scan.text.utf16Slice(fix.end, min(scan.text.utf16Length, fix.end + 24)),
           let part = Self.bodyParts.first(where: { $0.0 != last.0 && ($0.1.firstMatch(in: named)?.start ?? 99) < 4 }) {
            parts = [(part.0, fix.end)]
        }
        if !parts.isEmpty {
            let sorted = parts.sorted { $0.1 < $1.1 }
            scan.add("health.currentPain", .array(sorted.map { .string($0.0) }), said: "some pain in your \(Self.sayList(sorted.map(\.0)))", at: sorted[0].1, checkNegation: false)
        } else if let match = Self.noPain.firstMatch(in: scan.text) {
            scan.add("health.currentPain", [], said: "nothing hurts right now", at: match.start, checkNegation: false)
        } else if let over, scan.expecting == "health.currentPain" {
            scan.add("health.currentPain", [], said: "nothing hurts right now", at: over.start, checkNegation: false)
        } else if scan.expecting == "health.currentPain", let match = Self.notNow.firstMatch(in: scan.text) {
            scan.add("health.currentPain", [], said: "nothing hurts right now", at: match.start, checkNegation: false)
        } else if scan.expecting == "health.currentPain", let said = Self.saidNotPain.firstMatch(in: scan.text) {
            // ("Only my neck after the night shift, but that's tiredness, not pain.")
            scan.add("health.currentPain", [], said: "nothing hurts right now", at: said.start, checkNegation: false)
        } else if Self.notPainfulAnywhere.matches(scan.text),
                  let part = Self.bodyParts.compactMap({ $0.1.firstMatch(in: scan.text) }).min(by: { $0.start < $1.start }) {
            // "calves tight but not painful", "knees are creaky but they don't hurt": a part named as not
            // hurting, and none that does, is nothing hurting (said of the part, not of "they").
            scan.add("health.currentPain", [], said: "nothing hurts right now", at: part.start, checkNegation: false)
        }
    }

    // MARK: - Injuries named by the structure

    /// Structures a clinician names an injury by, finer than the body part: "a soleus strain", "an MPFL
    /// reconstruction", "Hoffa's fat pad impingement". The injury is kept in those words.
    static let structures = #"soleus|gastroc(?:nemius)?|adductors?|abductors?|(?:ilio)?psoas|hip flexors?|quadriceps|rectus femoris|vastus medialis|"#
        + #"tensor fasciae latae|tfl|extensors?(?: hallucis| digitorum)?(?: longus| brevis)?|flexor hallucis(?: longus)?|fhl|plantar plate|"#
        + #"(?:hoffa'?s )?fat pad|mpfl|mcl|lcl|pcl|atfl|syndesmosis|high ankle|deltoid ligament|sacroiliac(?: joint)?|si joint|rotator cuff|"#
        + #"biceps femoris|semitendinosus|sartorius|gracilis|patellar?|knee ?cap|intercostal"#
    static let structureInjury = TextPattern(#"\b("# + structures + #")(?:\s+(?:muscle|tendon|ligament|joint))?\s+"#
        + #"(strains?|tears?|sprains?|dislocation|subluxation|reconstruction|repair|impingement|tendin(?:itis|osis|opathy)|tendonitis|bursitis|avulsion|rupture|syndrome)\b"#)
    static let structureHurt = TextPattern(#"\b(?:(dislocated|tore|torn|strained|sprained|ruptured)\s+(?:my |the |a |an )?(?:left |right )?("# + structures
        + #")|("# + structures + #")\b(?:(?!\s(?:but|and)\s)[^.;!?]){0,16}?\b(dislocated|torn|strained|sprained|ruptured))\b"#)
    static let tissueInPart = TextPattern(
        #"\b(tore|torn|ruptured|sprained|strained|pulled|snapped|damaged)\s+(?:a |the |my |some |one of the )?(ligament|tendon|muscle)s?\s+(?:in|of|on)\s+(?:my |the )?(?:left |right )?(thumb|finger|wrist|elbow|shoulder|ankle|knee|foot|hand|toe|hip|neck|calf|thigh|groin)\b"#)
    static let diagnosisWord = TextPattern(#"\b(spondylolysis|spondylolisthesis)\b"#)
    /// The general name a structure's injury refines: a soleus strain is the calf strain said, not a second injury.
    static let finerStructure: [(String, String)] = [
        ("calf_strain", "soleus_"), ("calf_strain", "gastroc"), ("groin_strain", "adductor"), ("hip_pain", "iliopsoas_"), ("hip_pain", "psoas_"),
        ("hip_pain", "hip_flexor"), ("knee_pain", "mpfl_"), ("knee_pain", "kneecap_"), ("knee_pain", "patella_"), ("knee_pain", "hoffas_"),
        ("knee_pain", "fat_pad_"), ("heel_pain", "fat_pad_"), ("knee_pain", "mcl_"), ("knee_pain", "lcl_"), ("knee_pain", "pcl_"), ("foot_pain", "extensor"),
        ("foot_pain", "plantar_plate_"), ("shoulder_injury", "rotator_cuff_"), ("hamstring_strain", "biceps_femoris_"),
        ("hamstring_strain", "semitendinosus_"),
    ]

    static func structureInjuries(_ scan: Scan) -> [(String, String, Int)] {
        var found: [(String, String, Int)] = []
        func add(_ structure: String, _ head: String, at position: Int) {
            guard !injuryNegated.matches(scan.window(before: position, 24)), !scan.isQuestion(at: position), !scan.aboutSomeoneElse(at: position) else { return }
            let part = structure.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "knee cap", with: "kneecap")
            let kind = ["dislocated": "dislocation", "tore": "tear", "torn": "tear", "strained": "strain", "sprained": "sprain", "ruptured": "rupture",
                        "pulled": "strain", "snapped": "rupture", "damaged": "injury",
                        "tendonitis": "tendinitis"][head.lowercased()] ?? (head.lowercased().hasSuffix("s") && !head.lowercased().hasSuffix("is") ? String(head.lowercased().dropLast()) : head.lowercased())
            let value = (part + " " + kind).replacingOccurrences(of: " ", with: "_")
            let said = part.hasPrefix("mpfl") || part.hasPrefix("mcl") || part.hasPrefix("lcl") || part.hasPrefix("pcl") || part.hasPrefix("atfl")
                ? "an \(part.uppercased()) \(kind)" : "a \(part) \(kind)"
            if !found.contains(where: { $0.0 == value }) { found.append((value, said, position)) }
        }
        for match in structureInjury.matches(in: scan.text) { if let part = match[1], let head = match[2] { add(part, head, at: match.start) } }
        for match in structureHurt.matches(in: scan.text) {
            if let part = match[2] ?? match[3], let verb = match[1] ?? match[4] { add(part, verb, at: match.start) }
        }
        // ("I tore a ligament in my thumb in 2019": the tissue and the part it is in.)
        for match in tissueInPart.matches(in: scan.text) {
            if let verb = match[1], let tissue = match[2], let part = match[3] { add(part + " " + tissue, verb, at: match.start) }
        }
        for match in diagnosisWord.matches(in: scan.text) {
            guard let word = match[1], !injuryNegated.matches(scan.window(before: match.start, 24)), !scan.isQuestion(at: match.start) else { continue }
            if !found.contains(where: { $0.0 == word }) { found.append((word, word, match.start)) }
        }
        return found
    }

    // MARK: - Fractures named by the bone

    /// Bones a stress fracture or stress reaction is named by (value, name, words), more specific first.
    static let stressBones: [(String, String, String)] = [
        ("femoral_neck", "femoral neck", #"femoral neck|neck of (?:the |my )?femur"#),
        ("metatarsal", "metatarsal", #"metatars[a-z]*|metatarsel"#),
        ("tibia", "tibia", #"tibial?|shin ?bone"#),
        ("fibula", "fibula", #"fibular?"#),
        ("femur", "femur", #"femur|femoral|thigh ?bone"#),
        ("navicular", "navicular", #"navicular"#),
        ("cuneiform", "cuneiform", #"(?:medial |intermediate |lateral )?cuneiform"#),
        ("cuboid", "cuboid", #"cuboid"#),
        ("calcaneus", "calcaneus", #"calcane(?:us|al)|heel ?bone"#),
        ("sacral", "sacral", #"sacrum|sacral"#),
        ("pubic_ramus", "pubic ramus", #"(?:inferior |superior )?pubic ram(?:us|i)"#),
        ("pubic_bone", "pubic bone", #"pubic(?: bone)?"#),
        ("pelvis", "pelvis", #"pelvis|pelvic"#),
        ("sesamoid", "sesamoid", #"sesamoids?"#),
        ("talus", "talus", #"talus"#),
        ("cuboid", "cuboid", #"cuboid"#),
        ("patella", "patella", #"patellar?|knee ?cap"#),
        ("rib", "rib", #"ribs?"#),
        ("vertebra", "vertebra", #"vertebrae?|vertebral"#),
    ]
    static let shinBeside = TextPattern(#"\bshins?\b(?! ?splints?)"#)
    static let stressBoneBefore: [(String, String, TextPattern)] = stressBones.map { value, name, words in
        (value, name, TextPattern(#"\b(?:"# + words + #")(?: bones?)?\s*$"#))
    }
    static let stressBoneInSentence: [(String, String, TextPattern)] = stressBones.map { value, name, words in
        (value, name, TextPattern(#"\b(?:"# + words + #")\b"#))
    }
    static let stressBoneAfter: [(String, String, TextPattern)] = stressBones.map { value, name, words in
        (value, name, TextPattern(
            // ("a stress fracture: the sesamoid bone under my big toe")
            #"^\s*(?:(?:in|of|on|at|to)\s+|[:,-]\s*)(?:(?:my|the|a|an|both|left|right|\d(?:st|nd|rd|th)|lower|upper|inner|outer|medial|lateral|proximal|distal|base of)\s+)*(?:"#
                + words + #")\b"#))
    }

    /// The bone a stress fracture is named with, in the words before it or right after ("of the tibia").
    static func stressInjurySite(_ scan: Scan, _ match: TextMatch) -> (String, String)? {
        let kind = match.text.contains("reaction") ? "reaction" : match.text.contains("injur") ? "injury" : "fracture"
        let before = scan.window(before: match.start, 30)
        let after = scan.window(after: match.end, 50)
        // ("A stress fracture in my foot at sixty-six - the second metatarsal": the bone named later in the sentence.)
        let rest = scan.text.utf16Slice(match.end, min(scan.text.utf16Length, match.end + 70)).components(separatedBy: CharacterSet(charactersIn: ".!?;")).first ?? ""
        // ("A stress fracture in my left foot in 2020. Metatarsal.": the bone said alone in the next sentence.)
        let pieces = scan.text.utf16Slice(match.end, min(scan.text.utf16Length, match.end + 90)).components(separatedBy: CharacterSet(charactersIn: ".!?;"))
        let next = pieces.count > 1 && pieces[1].split(separator: " ").count <= 4 ? pieces[1] : ""
        // ("a stress reaction in my shin": the runner's own word for the tibia, kept when no bone is named.)
        guard let (bone, name, _) = stressBoneBefore.first(where: { $0.2.matches(before) })
            ?? stressBoneAfter.first(where: { $0.2.matches(after) })
            ?? stressBoneInSentence.first(where: { $0.2.matches(rest) })
            ?? stressBoneInSentence.first(where: { $0.2.matches(next) })
            ?? (shinBeside.matches(before) || shinBeside.matches(rest) ? ("shin", "shin", shinBeside) : nil) else { return nil }
        return kind == "injury" ? ("\(bone)_bone_stress_injury", "a \(name) bone stress injury") : ("\(bone)_stress_\(kind)", "a \(name) stress \(kind)")
    }

    /// Bones people break, with the part they name them by.
    static let brokenParts: [(String, String)] = [
        ("wrist", #"wrists?"#), ("ankle", #"ankles?"#), ("foot", #"foot|feet"#), ("leg", #"legs?"#), ("forearm", #"forearm"#),
        ("arm", #"arm"#), ("elbow", #"elbow"#), ("collarbone", #"coll?ar ?bone|clavicle"#), ("rib", #"ribs?"#),
        ("toe", #"toes?(?! ?nails?)"#), ("finger", #"fingers?(?! ?nails?)"#), ("thumb", #"thumb"#), ("hand", #"hand"#),
        ("hip", #"hip"#), ("kneecap", #"knee ?cap|patella"#), ("knee", #"knee"#), ("tibia", #"tibia|shin ?bone"#),
        ("fibula", #"fibula"#), ("femur", #"femur|thigh ?bone"#), ("shoulder", #"shoulder"#), ("pelvis", #"pelvis"#),
        ("nose", #"nose"#), ("jaw", #"jaw"#), ("metatarsal", #"metatarsals?"#), ("vertebra", #"vertebrae?"#),
        ("coccyx", #"coccyx"#), ("tailbone", #"tail ?bone"#), ("scaphoid", #"scaphoid"#),
    ]
    static let brokenPartExact = brokenParts.map { ($0.0, TextPattern("^(?:" + $0.1 + ")$")) }
    static let brokenPartWords = brokenParts.map { "(?:\($0.1))" }.joined(separator: "|")
    /// "broke my wrist", "a broken foot", "fractured my ankle", "cracked a rib", "collarbone fracture".
    static let brokenBone = TextPattern(
        // ("I break my ankle, 2015": the past said in the present, as some runners say it.)
        #"\b(?:broke|brake|broken|breaking|(?<=\bi |\bdid )break(?=\s+(?:my|both)\b)|fracture[ds]?|fracturing|cracked|snapped|shattered)\s+(?:(?:my|me|a|an|the|both|his|her|their|left|right|1|2|3|some|several|of|in|on|bones? in|bones? of|first|second|third|fourth|fifth|[1-5](?:st|nd|rd|th)|big|little|small|baby|pinky|middle|index|ring)\s+)*("#
            + brokenPartWords + #")\b|\b("# + brokenPartWords + #")\s+(?:fractures?|break|(?:was |got |were |is |are |has been |had been )?(?:broken|fractured|cracked))\b"#)
    static let boneNamedAfter = TextPattern(#"^(?:[^.;!?,]{0,24},)?\s*,?\s*(?:the|my|it was the|in the)\s+(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|left|right)\s+)?(tibia|shin ?bone|fibula|femur|thigh ?bone|metatarsals?)\b"#)
    static let someoneElsesBone = TextPattern(#"\b(?:his|her|their)\b"#)

    /// Broken bones (history, never pain now), as "<part>_fracture".
    static func brokenBones(_ scan: Scan) -> [(String, String, Int)] {
        var found: [(String, String, Int)] = []
        for match in brokenBone.matches(in: scan.text) {
            guard let said = match[1] ?? match[2] else { continue }
            // A stress fracture is named above ("stress fracture in my foot").
            if scan.text.utf16Slice(max(0, match.start - 7), match.start).hasSuffix("stress ") { continue }
            if injuryNegated.matches(scan.window(before: match.start, 24)) || scan.isQuestion(at: match.start) { continue }
            if scan.aboutSomeoneElse(at: match.start) || someoneElsesBone.matches(match.text) { continue }
            guard var part = brokenPartExact.first(where: { $0.1.matches(said) })?.0 else { continue }
            // ("my left leg was broken, the tibia": the bone named after the limb.)
            if ["leg", "foot"].contains(part), let bone = boneNamedAfter.firstMatch(in: scan.window(after: match.end, 48))?[1],
               let exact = brokenPartExact.first(where: { $0.1.matches(bone) })?.0 {
                part = exact
            }
            // "broke both legs in a motorbike crash", not "Broke my legs on that hill session lol" (worn out).
            if said.lowercased() == "legs", !match.text.contains("both") { continue }
            let value = "\(part)_fracture"
            if !found.contains(where: { $0.0 == value }) { found.append((value, "a broken \(part)", match.start)) }
        }
        return found
    }

    static func sayList(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
