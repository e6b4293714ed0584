import CadenceCore
import Foundation

/// Health: medical conditions and medications (snake_case names) and a clinician's clearance to run.
///
/// Recorded for awareness, not diagnosis: only conditions the runner names for themselves ("my
/// dad has diabetes" is not theirs, "is asthma a problem?" is a question), and "no asthma" or
/// "no medical conditions" is none. Medicines said with what they are for also name the
/// condition ("tablets for my blood pressure").
extension FactExtractor {
    struct ConditionTerm {
        let value: String
        let name: String
        let pattern: TextPattern
    }

    /// Conditions, more specific names first: a mention inside a longer one ("asthma" in
    /// "exercise-induced asthma") is the longer one.
    static let conditions: [ConditionTerm] = [
        ConditionTerm(value: "exercise_induced_asthma", name: "exercise-induced asthma",
             pattern: TextPattern(#"\bexercise[- ]induced (?:asthma|bronchospasm|bronchoconstriction)\b"#)),
        ConditionTerm(value: "anxiety", name: "anxiety", pattern: TextPattern(#"\b(?:(?:for|with|have|got|diagnosed with|treated for) (?:my |an? )?(?:generali[sz]ed )?anxiety|anxiety (?:disorder|meds|medication|tablets)|panic disorder)\b"#)),
        ConditionTerm(value: "depression", name: "depression", pattern: TextPattern(#"\b(?:(?:for|with|have|got|diagnosed with|treated for) (?:my )?depression|depressive disorder|depression (?:meds|medication|tablets))\b"#)),
        ConditionTerm(value: "reflux", name: "reflux", pattern: TextPattern(#"\b(?:acid reflux|reflux|gerd|gord|heartburn)\b"#)),
        ConditionTerm(value: "blood_clot", name: "a blood clot", pattern: TextPattern(#"\b(?:blood clots?|dvt|deep vein thrombosis|pulmonary embolism|a clot)\b"#)),
        ConditionTerm(value: "single_kidney", name: "one kidney",
             pattern: TextPattern(#"\b(?:only (?:one|1) kidney|(?:one|a) single kidney|single kidney|solitary kidney|(?:donated|gave) (?:a|my|one|the other)(?: of my)? kidneys?|kidney donor)\b"#)),
        ConditionTerm(value: "restless_legs", name: "restless legs", pattern: TextPattern(#"\brestless legs?(?: syndrome)?\b|\bwillis[- ]ekbom\b"#)),
        ConditionTerm(value: "adhd", name: "ADHD", pattern: TextPattern(#"\b(?:adhd|attention deficit)\b"#)),
        ConditionTerm(value: "hay_fever", name: "hay fever", pattern: TextPattern(#"\b(?:hay ?fever|seasonal allerg(?:y|ies)|allergic rhinitis)\b(?! (?:tablets?|pills?|meds|medications?|medicines?))"#)),
        ConditionTerm(value: "asthma", name: "asthma", pattern: TextPattern(#"\b(?:asthma|asthmatic|astma|asma|athsma|asthama|ashtma)\b"#)),
        ConditionTerm(value: "copd", name: "COPD",
             pattern: TextPattern(#"\b(?:copd|chronic obstructive (?:pulmonary|lung|airways?) disease|emphysema|chronic bronchitis)\b"#)),
        ConditionTerm(value: "sleep_apnea", name: "sleep apnoea", pattern: TextPattern(#"\b(?:(?:obstructive )?sleep apn(?:o)?ea|osa\b|cpap)"#)),
        ConditionTerm(value: "glaucoma", name: "glaucoma", pattern: TextPattern(#"\bglaucoma\b"#)),
        ConditionTerm(value: "rheumatoid_arthritis", name: "rheumatoid arthritis", pattern: TextPattern(#"\brheumatoid(?: arthritis)?\b"#)),
        ConditionTerm(value: "osteoarthritis", name: "osteoarthritis",
             pattern: TextPattern(#"\b(?:osteo[- ]?arthritis|osteoarthrosis|oa(?= (?:in|of) (?:my|the|both|left|right)\b))\b"#)),
        ConditionTerm(value: "psoriatic_arthritis", name: "psoriatic arthritis", pattern: TextPattern(#"\bpsoriatic arthritis\b"#)),
        ConditionTerm(value: "psoriasis", name: "psoriasis", pattern: TextPattern(#"\bpsoriasis\b"#)),
        ConditionTerm(value: "thalassaemia", name: "thalassaemia", pattern: TextPattern(#"\bthalass?a?emia(?: minor| major| trait)?\b"#)),
        ConditionTerm(value: "mitral_valve_prolapse", name: "mitral valve prolapse",
             pattern: TextPattern(#"\bmitral (?:valve )?(?:prolapse|regurgitation)\b"#)),
        ConditionTerm(value: "arthritis", name: "arthritis", pattern: TextPattern(#"\b(?:arthritis|arthritic|artritis|arthritus|arthiritis)\b"#)),
        ConditionTerm(value: "high_blood_pressure", name: "high blood pressure",
             pattern: TextPattern(#"\b(?:high blood pres?sure|high bp|hbp|raised blood pressure|elevated blood pressure|h[iy]pert?en[st]?i?on|hypertensive|blood pressure (?:is|was|runs) (?:a bit |a little |quite |slightly )?(?:high|raised|going up|creeping up|rising|getting high)|(?:on|taking|take|takes) [a-z]+,? (?:for|because of) (?:my |the |me )?(?:blood pres?sure|bp|pres?sure)\b(?! (?:monitor|cuff|check)))\b"#)),
        ConditionTerm(value: "low_blood_pressure", name: "low blood pressure", pattern: TextPattern(#"\b(?:low blood pressure|low bp|hypotension)\b"#)),
        ConditionTerm(value: "prediabetes", name: "prediabetes", pattern: TextPattern(#"\bpre[- ]?diabet[a-z]*\b"#)),
        ConditionTerm(value: "gestational_diabetes", name: "gestational diabetes", pattern: TextPattern(#"\bgestational diabet[a-z]*\b"#)),
        ConditionTerm(value: "type_1_diabetes", name: "type 1 diabetes",
             pattern: TextPattern(#"\b(?:(?:type ?1|t1d?) diabet[a-z]*|diabet[a-z]*,? \(?(?:of |of the )?(?:type ?1|t1)|t1d|insulin[- ]dependent(?: diabet[a-z]*)?)\b"#)),
        ConditionTerm(value: "type_2_diabetes", name: "type 2 diabetes",
             pattern: TextPattern(#"\b(?:(?:type ?(?:2|ii)|t2d?) diabet[a-z]*|diabet[a-z]*,? \(?(?:of |of the )?(?:type ?(?:2|ii)|t2)|t2d|(?:the )?sugar,?\s*(?:-\s*)?type ?(?:2|ii))\b"#)),
        ConditionTerm(value: "diabetes", name: "diabetes", pattern: TextPattern(#"\bdiabet(?:es|ic|is|ies|ties|ets)\b"#)),
        ConditionTerm(value: "heart_attack", name: "a heart attack", pattern: TextPattern(#"\b(?:heart attacks?|myocardial infarction)\b"#)),
        ConditionTerm(value: "cardiac_arrest", name: "a cardiac arrest", pattern: TextPattern(#"\bcardiac arrest\b"#)),
        ConditionTerm(value: "heart_stent", name: "a heart stent", pattern: TextPattern(#"\b(?:stents?|stented)\b"#)),
        ConditionTerm(value: "heart_valve_replacement", name: "a replaced heart valve",
             pattern: TextPattern(#"\b(?:(?:replaced|new|artificial|mechanical|tissue|pig'?s?|metal|replacement) (?:heart )?valve|heart valve|(?:aortic|mitral) valve (?:replacement|repair|replaced|surgery)|valve (?:replacement|replaced|surgery)|tavi|tavr)\b"#)),
        ConditionTerm(value: "pacemaker", name: "a pacemaker",
             pattern: TextPattern(#"\b(?:pace ?maker (?:fitted|implanted|put in)|(?:fitted|implanted) (?:with )?an? pace ?maker|(?:have|got|has) (?:had )?an? pace ?maker (?:fitted|implanted|since|for my heart)|(?:heart|cardiac) pace ?maker)\b"#)),
        ConditionTerm(value: "atrial_fibrillation", name: "atrial fibrillation",
             pattern: TextPattern(#"\b(?:a-?fib|atrial fibril+ation|atrial fib|atrial flutter)\b"#)),
        ConditionTerm(value: "svt", name: "SVT (supraventricular tachycardia)",
             pattern: TextPattern(#"\b(?:svt|supraventricular tachycardia)\b"#)),
        ConditionTerm(value: "ectopic_beats", name: "ectopic beats", pattern: TextPattern(#"\b(?:ectopic (?:heart ?)?beats|ectopics)\b"#)),
        ConditionTerm(value: "arrhythmia", name: "an arrhythmia",
             pattern: TextPattern(#"\b(?:ar+h?yth?mias?|irregular heart ?(?:beat|rhythm)|svt|ectopic (?:heart ?)?beats|ectopics|wolff[- ]parkinson[- ]white)\b"#)),
        ConditionTerm(value: "heart_murmur", name: "a heart murmur", pattern: TextPattern(#"\bheart murmur\b"#)),
        ConditionTerm(value: "heart_failure", name: "heart failure", pattern: TextPattern(#"\bheart failure\b"#)),
        ConditionTerm(value: "cardiomyopathy", name: "cardiomyopathy", pattern: TextPattern(#"\b(?:hypertrophic )?cardiomyopathy\b"#)),
        ConditionTerm(value: "heart_condition", name: "a heart condition",
             pattern: TextPattern(#"\b(?:heart (?:condition|problems?|issues?|disease|defect|trouble)|cardiac (?:condition|problems?|issues?)|(?:heart )?valve (?:problem|replacement|disease))\b"#)),
        ConditionTerm(value: "anaemia", name: "anaemia", pattern: TextPattern(#"\b(?:ana?emi[ac]|anaemi[ac])\b"#)),
        ConditionTerm(value: "iron_deficiency", name: "iron deficiency", pattern: TextPattern(#"\b(?:iron deficien(?:cy|t)|low iron|low ferritin)\b"#)),
        ConditionTerm(value: "hypothyroidism", name: "an underactive thyroid",
             pattern: TextPattern(#"\b(?:hypothyroid(?:ism)?|under[- ]?active thyroid|hashimoto'?s?)\b"#)),
        ConditionTerm(value: "hyperthyroidism", name: "an overactive thyroid",
             pattern: TextPattern(#"\b(?:hyperthyroid(?:ism)?|over[- ]?active thyroid|graves'? disease)\b"#)),
        ConditionTerm(value: "thyroid_condition", name: "a thyroid condition", pattern: TextPattern(#"\bthyroid(?: (?:condition|problems?|issues?|disease))?\b"#)),
        ConditionTerm(value: "osteoporosis", name: "osteoporosis", pattern: TextPattern(#"\bosteopor[a-z]*\b"#)),
        ConditionTerm(value: "osteopenia", name: "osteopenia", pattern: TextPattern(#"\b(?:osteopen[a-z]*|low bone density)\b"#)),
        ConditionTerm(value: "epilepsy", name: "epilepsy", pattern: TextPattern(#"\b(?:epilep(?:sy|tic|sie)|epilepsia)\b"#)),
        ConditionTerm(value: "pots", name: "POTS", pattern: TextPattern(#"\bpostural (?:orthostatic )?tachycardia(?: syndrome)?\b"#)),
        ConditionTerm(value: "long_covid", name: "long covid",
             pattern: TextPattern(#"\b(?:long[- ]?covid|post[- ]covid(?: syndrome)?|long[- ]haul(?:er|ing)? covid)\b"#)),
        ConditionTerm(value: "red_s", name: "RED-S", pattern: TextPattern(#"\brelative energy deficiency(?: in sports?)?\b"#)),
        ConditionTerm(value: "parkinsons_disease", name: "Parkinson's disease", pattern: TextPattern(#"\bparkinson'?s(?: disease)?\b"#)),
        ConditionTerm(value: "g6pd_deficiency", name: "G6PD deficiency", pattern: TextPattern(#"\bg6pd(?: deficiency)?\b"#)),
        ConditionTerm(value: "endometriosis", name: "endometriosis", pattern: TextPattern(#"\bendometriosis\b"#)),
        ConditionTerm(value: "high_cholesterol", name: "high cholesterol",
             pattern: TextPattern(#"\b(?:high cholesterol|hypercholesterol[a-z]*|cholesterol (?:is|was) (?:a bit |quite |slightly )?high|cholesterol (?:needs|needed) (?:to be )?lower(?:ed|ing)?|(?:for|lower|manage|control) (?:my |the )?cholesterol|(?:a word|a talk|a chat|words|a warning|a lecture|concerned|worried|on at me) (?:with me )?about (?:my |the )?cholesterol)\b"#)),
        ConditionTerm(value: "mini_stroke", name: "a mini-stroke (TIA)",
             pattern: TextPattern(#"\b(?:mini[- ]?strokes?|transient isch(?:a)?emic attacks?)\b"#)),
        ConditionTerm(value: "stroke", name: "a stroke",
             pattern: TextPattern(#"\b(?:had|have had|suffered|survived|after|since|recovering from|recovered from) (?:a |my |the )?(?:minor |small |mild |slight )?stroke\b"#)),
        ConditionTerm(value: "malaria", name: "malaria",
             pattern: TextPattern(#"\bmalaria\b(?! (?:medicines?|medications?|tablets?|pills?|prophylaxis|meds|drugs|jabs?|vaccines?|risk|areas?|zones?|nets?))"#)),
        ConditionTerm(value: "dengue", name: "dengue", pattern: TextPattern(#"\bdengue(?: fever)?\b"#)),
        ConditionTerm(value: "migraine", name: "migraines", pattern: TextPattern(#"\b(?:migraines|migraine sufferer|chronic migraine|migraine with aura)\b"#)),
        // (Spelled as the runner spells it.)
        ConditionTerm(value: "coeliac_disease", name: "coeliac disease", pattern: TextPattern(#"\bcoeliac(?: disease)?\b"#)),
        ConditionTerm(value: "celiac_disease", name: "celiac disease", pattern: TextPattern(#"\bceliac(?: disease)?\b"#)),
        ConditionTerm(value: "crohns_disease", name: "Crohn's disease", pattern: TextPattern(#"\bcrohn'?s(?: disease)?\b"#)),
        ConditionTerm(value: "raynauds", name: "Raynaud's", pattern: TextPattern(#"\braynaud'?s?(?: disease| syndrome| phenomenon)?\b"#)),
        ConditionTerm(value: "multiple_sclerosis", name: "multiple sclerosis", pattern: TextPattern(#"\bmultiple sclerosis\b"#)),
        ConditionTerm(value: "gout", name: "gout", pattern: TextPattern(#"\bgout(?:y)?\b"#)),
        ConditionTerm(value: "scoliosis", name: "scoliosis", pattern: TextPattern(#"\bscoliosis\b"#)),
        ConditionTerm(value: "lupus", name: "lupus", pattern: TextPattern(#"\b(?:lupus|systemic lupus erythematosus|sle(?= flare))\b"#)),
        ConditionTerm(value: "ulcerative_colitis", name: "ulcerative colitis", pattern: TextPattern(#"\bulcerative colitis\b"#)),
        // "My little brother has the disease and I have the trait": the runner's own is the trait.
        ConditionTerm(value: "sickle_cell_trait", name: "sickle cell trait",
             pattern: TextPattern(#"\bsickle[- ]cell trait\b|\b(?:i|me) (?:have|carry|got) the (?:sickle[- ]cell )?trait\b"#)),
        ConditionTerm(value: "sickle_cell_disease", name: "sickle cell disease", pattern: TextPattern(#"\bsickle[- ]cell (?:disease|anaemia|anemia)\b"#)),
        ConditionTerm(value: "enlarged_prostate", name: "an enlarged prostate",
             pattern: TextPattern(#"\b(?:enlarged prostate|bph|benign prostatic hyperplasia|for (?:my |the )?prostate|prostate (?:trouble|problems?|issues?))\b"#)),
    ]

    /// Abbreviations only read in capitals in the original message ("AF", "POTS", "RED-S"; not "tired af").
    static let capitalConditions: [(ConditionTerm, TextPattern)] = [
        (ConditionTerm(value: "atrial_fibrillation", name: "atrial fibrillation", pattern: TextPattern(#"\baf\b"#)), TextPattern(#"\bAF\b"#, caseSensitive: true)),
        (ConditionTerm(value: "pots", name: "POTS", pattern: TextPattern(#"\bpots\b"#)), TextPattern(#"\bPO[Tt]S\b"#, caseSensitive: true)),
        // ("my tia did 2:12": an aunt, typed small; the attack is said in capitals.)
        (ConditionTerm(value: "mini_stroke", name: "a mini-stroke (TIA)", pattern: TextPattern(#"\btia\b"#)), TextPattern(#"\bTIA\b"#, caseSensitive: true)),
        (ConditionTerm(value: "red_s", name: "RED-S", pattern: TextPattern(#"\bred[- ]?s\b"#)), TextPattern(#"\bRED[- ]?[Ss]\b"#, caseSensitive: true)),
    ]

    /// "type 2" alone names diabetes when the question or the message is about it.
    static let bareDiabetesType = TextPattern(#"\b(?:type ?(1|2|ii)|(t1|t2))\b"#)
    static let diabetesContext = TextPattern(#"\b(?:diabet[a-z]*|insulin|metformin|blood sugars?|glucose|cgm|libre|dexcom)\b"#)

    static let medicines: [ConditionTerm] = [
        ConditionTerm(value: "inhaler", name: "an inhaler",
             pattern: TextPattern(#"\b(?:inhalers?|puffers?|ventolin|salbutamol|albuterol|symbicort|seretide|blue pump)\b"#)),
        ConditionTerm(value: "blood_pressure_medication", name: "blood pressure medication",
             pattern: TextPattern(#"\b(?:(?:blood pressure|bp|hypertension) (?:tablets?|pills?|meds|medications?|medicines?|drugs?)|(?:tablets?|pills?|meds|medications?|medicines?|drugs?|something) (?:for|to (?:lower|control|manage)) (?:my |the )?(?:blood pressure|bp|hypertension|pressure)|ramipril|lisinopril|amlodipine|losartan|candesartan|perindopril|enalapril|valsartan|irbesartan)\b"#)),
        ConditionTerm(value: "beta_blocker", name: "beta blockers",
             pattern: TextPattern(#"\b(?:beta[- ]?blockers?|bisoprolol|propranolol|metoprolol|atenolol|nebivolol)\b"#)),
        ConditionTerm(value: "statin", name: "statins",
             pattern: TextPattern(#"\b(?:statins?|atorvastatin|simvastatin|rosuvastatin|pravastatin|(?:tablets?|pills?|meds|medication) for (?:my |the )?cholesterol)\b"#)),
        ConditionTerm(value: "diabetes_medication", name: "diabetes medication",
             pattern: TextPattern(#"\b(?:(?:tablets?|pills?|meds|medication) for (?:my |the )?(?:diabetes|sugar|blood sugar))\b"#)),
        ConditionTerm(value: "metformin", name: "metformin", pattern: TextPattern(#"\bmetformin\b"#)),
        ConditionTerm(value: "aspirin", name: "aspirin", pattern: TextPattern(#"\b(?:aspirin|aspirina|cardioaspirin|disprin)\b"#)),
        ConditionTerm(value: "gout_medication", name: "gout medication",
             pattern: TextPattern(#"\b(?:allopurinol|febuxostat|colchicine|zyloprim|(?:tablets?|pills?|meds|medications?) for (?:my |the )?gout)\b"#)),
        ConditionTerm(value: "insulin", name: "insulin", pattern: TextPattern(#"\binsulin\b(?![- ](?:resist|dependent|sensitiv))"#)),
        ConditionTerm(value: "levothyroxine", name: "levothyroxine", pattern: TextPattern(#"\b(?:levo)?thyroxine?\b|\b(?:euthyrox|synthroid|eltroxin)\b"#)),
        ConditionTerm(value: "thyroid_medication", name: "thyroid medication",
             pattern: TextPattern(#"\b(?:(?:tablets?|pills?|meds|medications?|medicines?) for (?:my |the )?thyroid|thyroid (?:tablets?|pills?|meds|medications?|medicines?))\b"#)),
        ConditionTerm(value: "iron_supplement", name: "iron supplements",
             pattern: TextPattern(#"\b(?:iron (?:tablets?|pills?|supplements?|infusions?)|ferrous (?:sulphate|sulfate|fumarate)|(?:taking|on) iron)\b"#)),
        ConditionTerm(value: "blood_thinner", name: "blood thinners",
             pattern: TextPattern(#"\b(?:blood thinners?|anti-?coagulants?|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto)\b"#)),
        ConditionTerm(value: "antidepressant", name: "antidepressants",
             pattern: TextPattern(#"\b(?:anti-?depressants?|sertraline|fluoxetine|citalopram|escitalopram|ssris?)\b"#)),
        ConditionTerm(value: "hrt", name: "HRT", pattern: TextPattern(#"\b(?:hrt|hormone replacement(?: therapy)?)\b"#)),
        ConditionTerm(value: "hydroxychloroquine", name: "hydroxychloroquine", pattern: TextPattern(#"\b(?:hydroxychloroquine|plaquenil)\b"#)),
        ConditionTerm(value: "azathioprine", name: "azathioprine", pattern: TextPattern(#"\b(?:azathioprine|imuran)\b"#)),
        ConditionTerm(value: "tamsulosin", name: "tamsulosin", pattern: TextPattern(#"\b(?:tamsulosin|flomax)\b"#)),
        ConditionTerm(value: "alendronic_acid", name: "alendronic acid", pattern: TextPattern(#"\b(?:alendron(?:ic acid|ate)|fosamax)\b"#)),
        ConditionTerm(value: "calcium_and_vitamin_d", name: "calcium and vitamin D",
             pattern: TextPattern(#"\b(?:calcium (?:and|&|\+) vit(?:amin)? ?d|calcium tablets?|calcium supplements?|adcal)\b"#)),
        ConditionTerm(value: "vitamin_d", name: "vitamin D",
             pattern: TextPattern(#"(?<!calcium and )(?<!calcium & )(?<!calcium \+ )\bvit(?:amin)? ?d3?(?: tablets?| supplements?| drops)?\b"#)),
        ConditionTerm(value: "diabetes_medication", name: "diabetes medication",
             pattern: TextPattern(#"\b(?:(?:tablets?|pills?|meds|medications?|medicines?) for (?:my |the )?(?:diabetes|blood sugars?)|diabetes (?:tablets?|pills?|meds|medications?))\b"#)),
        ConditionTerm(value: "antihistamine", name: "antihistamines",
             pattern: TextPattern(#"\b(?:anti-?histamines?|(?:hay ?fever|allergy) (?:tablets?|pills?|meds|medications?|medicines?))\b"#)),
        ConditionTerm(value: "contraceptive_pill", name: "the pill", pattern: TextPattern(#"\b(?:on|take|taking|takes) the pill\b|\bcontraceptive pill\b"#)),
    ]

    /// A medicine the lists above do not know, by the ending medicine names share ("cetirizine", "bendroflumethiazide",
    /// "levodopa", "estradiol") or a common brand, said where medicine is talked about ("I take …", "on …", "… tablets").
    static let drugByEnding = TextPattern(
        #"\b([a-z]{3,}(?:izine|azine|etine|oxetine|aline|pram|olol|pril|sartan|statin|thiazide|semide|dipine|formin|gliptin|glutide|dopa|zepam|prazole|tidine|tadine|lukast|triptan|oxacin|cycline|cillin|mycin|pamide|dronate|sterone|nisone|nisolone|olone|asone|parin|xaban|gatran|farin|quine|mab|amol|ipramine|triptyline|zolam|codone|fenac|profen|coxib|lamide|tropium|sonide|trexate|grel|azide|izide|imibe)|o?estradiol|naproxen|lexapro|zoloft|prozac|celexa|effexor|wellbutrin|jardiance|januvia|farxiga|ozempic|mounjaro|trulicity|eliquis|plavix|brilinta|coumadin|pradaxa|adderall|ritalin|vyvanse|concerta|voltaren|voltarol|synthroid|pepcid|humira|enbrel|crestor|lipitor|zocor|zyrtec|claritin|nexium|prilosec|lasix|sinemet|madopar|mirena)\b"#)
    static let takenByBrand = TextPattern(
        #"\b(?:I (?:take|took|pop|use)|I(?:'m| am) (?:taking|on|eating|popping)|I have to take|(?:put|started|has) me on)\s+(?:a |an |some |one |my |the )?([A-Z][a-z]{3,})\b(?:\s+[A-Z][A-Za-z0-9]{1,}\b)?"#, caseSensitive: true)
    static let takenFor = TextPattern(
        #"^\s*(?:tablets?|pills?|every|each|daily|twice|once|for (?:my|the|a|an|hay|high|low|blood|pain|it|when|headaches?)|for (?:mild |bad )?(?:asthma|heartburn|reflux|indigestion|allerg\w*|pollen|acne|migraines?|thyroid|cholesterol|arthritis|inflammation|anxiety|depression)\b|on (?:those|these|bad|the bad|run|running|long run) days\b|when|whenever|if it|like (?:lollies|sweets|candy|smarties)|at night|in the morning|before|after|sometimes|now and then|,|\.|$)"#)
    static let takenSomewhere = TextPattern(#"\b(?:to|for) (?:a |the |her |his |their )?(?:walks?|runs?|school|work|nursery|training|practice|park|swim|gym|football|lessons?|class|ride|drive|vet|doctor|dentist)\b"#)
    static let takenLower = TextPattern(
        #"\bi (?:take|took|pop|am taking|am eating|am popping)\s+(?:a |an |some |one )?([a-z]{4,})\s+(?:for (?:my|the|a|an|hay|high|low|blood|pain|headaches?)|when|wen|whenever|if it|every (?:day|morning|night|evening)|each (?:day|morning|night)|daily|twice a|once a|at night|like (?:lollies|sweets|candy))\b"#)
    static let notMedicines: Set<String> = [
        "time", "care", "breaks", "break", "walks", "photos", "pictures", "notes", "things", "part", "rest", "naps", "pills", "tablets",
        "medicine", "medication", "meds", "them", "those", "these", "this", "that", "turns", "classes", "lessons", "holidays", "leave",
        "days", "weeks", "shifts", "stairs", "buses", "trains", "cars", "dogs", "kids", "children", "water", "coffee", "food",
        "something", "anything", "nothing", "everything", "some", "more", "less", "extra", "vitamins", "supplements", "painkillers",
        "the", "what", "whatever", "over", "about", "advantage", "charge", "note", "notice", "place", "pride", "account",
        "call", "duty", "shift", "nights", "earlies", "lates", "holiday", "board", "site",
    ]
    static let passingIllnesses: Set<String> = ["malaria", "dengue"]
    static let yearAfterIllness = TextPattern(#"^\s*(?:in|back in|during)\s+((?:19|20)\d\d)\b"#)
    static let knownPainkillers: Set<String> = ["ibuprofen", "paracetamol", "acetaminophen", "naproxen", "diclofenac"]
    static let medicineTalk = TextPattern(#"\b(?:on|taking|take|takes|took|prescribed|started|tablets?|pills?|medication|medicine|meds|patch|inhaler|injections?|mg|dose)\b"#)
    static let notDrugs: Set<String> = ["magazine", "gasoline", "trampoline", "discipline", "adrenaline", "caffeine", "nicotine", "routine"]

    static let hypertension = TextPattern(#"^(?:h[iy]pert?en[st]?i?on|hypertensive)$"#)
    /// Names kept as said: a medicine by its own name ("warfarin", not only "a blood thinner"), "hypertension" as said.
    static let drugNames: Set<String> = [
        "ventolin", "salbutamol", "albuterol", "symbicort", "seretide", "bisoprolol", "propranolol", "metoprolol", "atenolol", "nebivolol",
        "atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "warfarin", "apixaban", "rivaroxaban", "edoxaban", "dabigatran",
        "eliquis", "xarelto", "sertraline", "fluoxetine", "citalopram", "escitalopram", "ramipril", "lisinopril", "amlodipine", "losartan",
        "candesartan", "perindopril", "allopurinol", "febuxostat", "colchicine", "plaquenil", "imuran", "flomax", "fosamax",
        "enalapril", "valsartan", "irbesartan",
    ]
    static func saidAs(_ matched: String) -> String? {
        let word = matched.lowercased()
        if drugNames.contains(word) { return word }
        // "Hypertension" is kept as the runner's word for high blood pressure.
        if hypertension.matches(word) { return "hypertension" }
        return nil
    }

    /// General names dropped when a specific one is said with them.
    static let specificConditions: [String: Set<String>] = [
        "diabetes": ["type_1_diabetes", "type_2_diabetes", "gestational_diabetes", "prediabetes"],
        "thyroid_condition": ["hypothyroidism", "hyperthyroidism"],
        "arthritis": ["osteoarthritis", "rheumatoid_arthritis", "psoriatic_arthritis"],
        "arrhythmia": ["svt", "ectopic_beats"],
        "heart_condition": ["heart_attack", "heart_stent", "heart_valve_replacement", "atrial_fibrillation", "arrhythmia", "svt", "ectopic_beats", "heart_murmur", "heart_failure",
                            "cardiomyopathy", "pacemaker", "cardiac_arrest", "mitral_valve_prolapse"],
    ]
    /// Medicines that say what they are for name the condition.
    static let conditionOfMedicine: [String: String] = ["blood_pressure_medication": "high_blood_pressure"]
    /// "Hypertension, on tablets": an unnamed medicine said with a condition is for it.
    static let medicineOfCondition: [String: String] = ["high_blood_pressure": "blood_pressure_medication", "high_cholesterol": "statin",
                                                         "diabetes": "diabetes_medication", "type_2_diabetes": "diabetes_medication"]
    /// ("a touch of sugar diabetes. I take a tablet with breakfast": a medicine unnamed, in the sentence of the condition or just after.)
    static let unnamedMedicine = TextPattern(#"\b(?:tablets|pills|meds|medication|medicine|(?:take|takes|on|have) (?:a |one |my |an? (?:little|small|daily) )(?:tablet|pill)|(?:one|1|two|2) (?:small |little |daily )?(?:tablet|pill))\b"#)

    /// A negation reaching over a list: "no asthma, diabetes or heart problems".
    static let conditionNegator = TextPattern(
        #"\b(?:no|not|never|without|nor|neither|free of|free from|zero)\b(?!.*\b(?:no|not|never|without|nor|neither|free of|free from|zero)\b)"#)
    static let negationGap = TextPattern(
        #"^(?:[\s,/&-]|\b(?:or|nor|and|any|a|an|other|known|real|major|serious|history of|signs? of|diagnosed|diagnosis of|longer|have|has|had|got|suffer(?:ed|ing)? from|with|like|kind of|sort of|form of|type of|been|on|taking|take|use|using|need|needing)\b)*$"#)

    static let conditionHedge = TextPattern(
        #"\b(?:no idea if|not sure if|not sure whether|not sure it is|do not know if|dunno if|wonder(?:ing)? if|might be|might have|may have|maybe|possibly|could be|suspect(?:ed)?|(?:tested|testing|checked|screened) (?:me )?for|test for|rule out|ruled out|worried about|scared of|afraid of|risk of|at risk)\b"#)
    static let noConditions = TextPattern(
        #"\b(?:(?:no|not any|zero|nothing|do not have any|does not have any|have not got any|have not had any|never had any|without any|not aware of any|free of any)\s+(?:(?:known|real|major|serious|significant|chronic|underlying|other|pre-?existing|existing|relevant|diagnosed)\s+)*(?:(?:medical|healthy?)\s+(?:conditions?|issues|problems|concerns|history|stuff)|conditions?|illness(?:es)?|diseases?)|nothing medical|no medical|medically (?:fine|healthy|clear|normal))\b"#)
    /// Asked about conditions, a reply that opens with none ("None, healthy as a horse").
    static let noneOpening = TextPattern(
        #"^\s*(?:none|no|nope|nah|nothing|not really|not that i know of|none that i know of|n/a|nil|zero|all good|healthy|fit and healthy|i am healthy)\b"#)
    static let noMedicines = TextPattern(
        #"\b(?:(?:no|not on any|not taking any|do not take any|does not take any|never take any|without any|zero|nothing)\s+(?:regular |daily |prescription |prescribed |other )?(?:meds|medications?|medicines?|tablets|pills|drugs)|not on (?:any )?(?:meds|medications?|medicines?|anything)|(?:meds|medication)[- ]free|take no (?:meds|medications?|medicines?|tablets|pills)|i (?:take|am on|'m on) nothing)\b"#)

    /// Someone else's health: "my dad has diabetes", "my running buddy has AFib", family history.
    static let relativeNear = TextPattern(
        #"\b(?:my|our|a|his|her|their) (?:[a-z]+ )?(?:wife|husband|partner|friends?|brother|sister|sons?|daughters?|dad|mum|mom|father|mother|boyfriend|girlfriend|colleagues?|coach|kids?|children|buddy|buddies|mate|mates|grand(?:dad|pa|father|ma|mother|son|daughter)|nan|nana|gran|granny|uncle|aunt|auntie|cousin|parents?|family(?! (?:doctor|doc|gp|physician))|neighbou?r|team ?mates?|twin|fianc[eé]e?|clients?|patients?|dog|cat)(?:'s)?\b"#)
    static let pronounNear = TextPattern(#"\b(?:he|she|his|her|him|he is|she is)\b"#)
    static let familyHistory = TextPattern(#"\b(?:family history|runs? in (?:my|the|our) family|in (?:my|the|our) family|hereditary|genetic(?:ally)?)\b"#)
    /// "I have asthma, is that a problem?": a statement followed by a question about it.
    static let trailingQuestion = TextPattern(
        #"^[^?.!;]*?,\s*(?:is|are|does|do|will|would|can|could|should|shall|any|what|how|anything|am|must)\b"#)

    // MARK: - Clearance

    static let clinician = TextPattern(
        #"\b(?:doctors?|docs?|dr|gp|fastlege|huisarts|hausarzt|hausärztin|hausarztin|ärztin|arztin|médecin|medecin|médico|medico|lekarz|läkare|lääkäri|læge|physios?|physiotherapists?|physical therapists?|surgeons?|consultants?|cardiologists?|cardiology|specialists?|physicians?|orthopa?edic(?: surgeon| specialist| consultant)?|orthopa?edists?|orthopods?|ortho|endos?|gastroenterologists?|gastro|nephrologists?|pulmonologists?|haematologists?|hematologists?|urologists?|oncologists?|traumatologists?|kin[eé]|sports? (?:doctor|doc|medicine|physician|med)|rheumatologists?|endocrinologists?|neurologists?|podiatrists?|osteopaths?|chiropractors?|midwife|obstetrician|ob-?gyn|gyn(?:a)?ecologist|nurse|medical team|hospital|clinic|cardiac rehab)\b"#)
    static let cleared = TextPattern(
        #"\b(?:(?:said|says|say|told me)(?: to| i can| i could| i may)? (?:run|go run|go and run)(?=\s*[.!,;]|\s*$)|(?:gave|given|give|gives) me (?:the )?(?:permission|ok|okay|go-ahead) to (?:run|jog|start running|train|race)\b|okayed (?:running|jogging|me|it|the)\b|(?:said|says|told me)(?: that)? (?:the |a |my )?(?:marathon|half|race|running|ultra) (?:is|was|would be) (?:ok|okay|fine|no problem)\b|(?:said|says|told me)(?: that)? (?:all|it is all|it's all|its all|everything is|everything's|everything was|all is|all was) (?:fine|good|ok|okay|normal|clear|well)\b|(?:said|says|say|told me|thinks)(?: that)? (?:[a-z]+ ){0,4}(?:is|are|would be|will be) (?:good|great|fine|healthy|the best medicine|the best thing) for me\b|(?:said|says|told me)(?: that)? (?:running|jogging|exercise|walking|it) is the best medicine\b|(?:said|says|told me)(?: to)? (?:crack on|carry on|go ahead|keep going|get running|keep running)\b|lets me (?:run|add|build|increase|train|race)|(?:i am|i'm|im) grand to (?:run|race|train)|medical certificate|sports certificate|certificate for (?:competition|racing|sport)|signed (?:it|the (?:form|certificate)|my (?:form|certificate))|(?:said|says|told me)(?: i can)? run all i (?:want|like)|(?:given|gave|give|got|gotten|get|getting|had|received|have) (?:me )?(?:the |an? )?(?:all[- ]?clear|green light|go[- ]ahead|thumbs[- ]up|sign[- ]off|clean bill of health)|(?:given|gave|got|gotten|get|getting|received) (?:me )?(?:the |an? )?(?:ok|okay|nod)\b|all[- ]?clear|green light|go[- ]ahead|thumbs[- ]up|clean bill of health|cleared (?:me|to|for)\b|(?:been|got|was|am|were) cleared|signed me off(?! work| sick| from)|signed off (?:for|to) (?:run|running|exercise|sport|training)|signed off on (?:it|running|me)|(?:fine|ok|okay|good|safe|happy|alright|all right|clear|free|allowed|able) (?:for me )?to (?:run|exercise|train|race|start|go back|return|get back|carry on|keep running|continue)|happy for me to|good to go|okayed|ok'd|oked|approved|no restrictions|fit to (?:run|train|race|exercise)|(?:said|says|told me|tells me|say)(?: me)?(?: (?:in|on|last|back in) [a-z0-9]+)?(?: that)?(?: (?:it is|its|it's|the bone is|the fracture is) (?:healed|fine|ok|okay|all healed|fully healed),?(?: and| so)?)? i (?:can|could|may) (?:run|start|train|exercise|race|go back|return|do (?:it|this|that))|discharged me|(?:fine|ok|okay|happy|good|all right|alright) with (?:the |my |me )?(?:marathon|half|race|racing|running|training|plan|it)\b|(?:said|says|say|told me|tells me|thinks|reckons)(?: that)? (?:the )?(?:(?:slow|easy|gentle|light|some|more|regular) )?(?:running|exercise|jogging)(?:'s| is| was)? (?:fine|ok|okay|good|great|safe|the best thing)|(?:said|says|say|gave|give|gives)(?: me)? (?:the )?(?:ok|okay|yes|go)\b)"#)
    /// Said without naming who: clearance all the same.
    static let clearedAlone = TextPattern(
        #"\b(?:cleared to (?:run|train|race|exercise|return|start)|(?:got|been given|given|have|had) the all[- ]?clear)\b"#)
    /// Asked about clearance, the word alone will do ("cleared in October").
    static let clearedAnswer = TextPattern(#"\b(?:cleared|signed off|all[- ]?clear|approved|green light)\b"#)
    static let notCleared = TextPattern(
        #"\b(?:not (?:been |yet |got |gotten |officially )?(?:cleared|signed off)|not yet|(?:have not|has not|hasn't|hasnt) (?:yet )?(?:been cleared|been signed off|got (?:the )?(?:all[- ]?clear|green light|go[- ]ahead|clearance)|had (?:the )?(?:all[- ]?clear|clearance))|(?:has not|hasn't|hasnt|did not|didn't|didnt|will not|would not|wont) (?:yet )?(?:cleared|clear|signed|sign|given|give|okayed)|(?:still )?waiting (?:for|on) (?:the |my |a )?(?:[a-z]+ )?(?:to (?:clear|sign)|all[- ]?clear|clearance|green light|go[- ]ahead|sign[- ]off)|no clearance|without (?:any )?clearance|(?:have not|has not|hasn't|never|not) (?:yet )?(?:seen|been to|visited|spoken to|talked to|asked|checked with|consulted|gone to|been checked by|been checked out by) (?:a |the |my |any )?(?:doctor|doc|gp|physio|surgeon|consultant|cardiologist|specialist|physician)|(?:have not|has not|never|not) (?:yet )?(?:seen|shown|asked)(?: (?:it|this|that|them))?(?: to)? (?:anyone|anybody|someone|somebody|a professional)(?: about it| yet|\.|,|$)|told me not to (?:run|exercise|train)|(?:said|says) no running)"#)
    /// A clearance hoped for, planned or asked about is none yet: "once my surgeon gives me the all clear".
    static let clearanceNotYet = TextPattern(
        #"\b(?:once|until|till|if|when|whether|before|hoping|hope|hopefully|need|needs|will|would|might|could|should|going to|want)\b"#)

    func extractConditions(_ scan: Scan) {
        let text = scan.text
        let asked = scan.expecting

        // Conditions named, negated or not.
        var found: [(term: ConditionTerm, start: Int, end: Int)] = []
        var terms = Self.conditions.map { ($0, true) }
        for (term, capitals) in Self.capitalConditions { terms.append((term, capitals.matches(scan.original))) }
        for (term, enabled) in terms where enabled {
            for match in term.pattern.matches(in: text) {
                found.append((term, match.start, match.end))
            }
        }
        if asked == "health.medicalConditions" || Self.diabetesContext.matches(text) {
            for match in Self.bareDiabetesType.matches(in: text) {
                let kind = (match[1] ?? match[2] ?? "").hasSuffix("1") ? "type_1_diabetes" : "type_2_diabetes"
                if let term = Self.conditions.first(where: { $0.value == kind }) {
                    found.append((term, match.start, match.end))
                }
            }
        }
        // A mention inside a longer one is the longer one ("exercise-induced asthma", "type 2 diabetic").
        found = found.filter { mention in
            !found.contains { other in
                (other.start <= mention.start && other.end >= mention.end) && (other.end - other.start > mention.end - mention.start)
            }
        }

        var conditions: [(String, String, Int)] = []
        var negatedConditions = false
        // "Hypertension", "warfarin", "Ventolin": the word the runner used, where it is more exact than the class.
        var saidNames: [String: String] = [:]
        func keep(_ value: String, _ name: String, _ position: Int) {
            if !conditions.contains(where: { $0.0 == value }) { conditions.append((value, name, position)) }
        }
        for mention in found.sorted(by: { $0.start < $1.start }) {
            if conditionQuestion(scan, at: mention.start) || someoneElsesHealth(scan, at: mention.start) { continue }
            if conditionNegated(scan, at: mention.start) { negatedConditions = true; continue }
            // "no idea if it's asthma", "they tested me for diabetes": not a condition the runner has.
            if Self.conditionHedge.matches(scan.window(before: mention.start, 40)) { continue }
            // ("I had dengue in 2019": an infection long over is no condition now; "malaria in October" is recent.)
            if Self.passingIllnesses.contains(mention.term.value), let year = Self.yearAfterIllness.firstMatch(in: scan.window(after: mention.end, 24))
                .flatMap({ Int($0[1] ?? "") }), let thisYear = today.year, year < thisYear { continue }
            keep(mention.term.value, mention.term.name, mention.start)
            if let said = Self.saidAs(text.utf16Slice(mention.start, mention.end)) { saidNames[mention.term.value] = said }
        }

        // Medicines.
        var medicines: [(String, String, Int)] = []
        var negatedMedicines = false
        for term in Self.medicines {
            for match in term.pattern.matches(in: text) {
                if conditionQuestion(scan, at: match.start) || someoneElsesHealth(scan, at: match.start) { continue }
                if conditionNegated(scan, at: match.start) { negatedMedicines = true; continue }
                if !medicines.contains(where: { $0.0 == term.value }) { medicines.append((term.value, term.name, match.start)) }
                if let said = Self.saidAs(match.text) { saidNames[term.value] = said }
                if let condition = Self.conditionOfMedicine[term.value], let named = Self.conditions.first(where: { $0.value == condition }) {
                    keep(named.value, named.name, match.start)
                }
            }
        }
        // "I take cetirizine for hay fever", "an HRT patch, estradiol": a medicine known by its name's ending.
        for match in Self.drugByEnding.matches(in: text) {
            guard let word = match[1], !Self.notDrugs.contains(word), !medicines.contains(where: { $0.0 == word || saidNames[$0.0] == word }),
                  // ("And ibuprofen when the toe insists": a painkiller everyone knows needs no word of taking it.)
                  Self.medicineTalk.matches(scan.sentence(around: match.start).text) || Self.knownPainkillers.contains(word),
                  !conditionQuestion(scan, at: match.start), !someoneElsesHealth(scan, at: match.start), !conditionNegated(scan, at: match.start) else { continue }
            medicines.append((word, word, match.start))
        }
        // ("I take Levaxin every morning for my thyroid", "I'm eating Nurofen like lollies", "i take tylenol wen it does"): a
        // medicine the lists do not know, by its brand's capital or by what it is taken for or when.
        let byName = Self.takenByBrand.matches(in: scan.original).compactMap { match -> (String, Int)? in
            // ("I take Bella for a walk every morning", "I take Max to school": a dog or a child taken somewhere.)
            guard let word = match[1], case let after = scan.original.utf16Slice(match.end, match.end + 40).lowercased(),
                  Self.takenFor.matches(after), !Self.takenSomewhere.matches(after) else { return nil }
            return (word.lowercased(), match.start(of: 1))
        } + Self.takenLower.matches(in: text).compactMap { match in
            Self.takenSomewhere.matches(text.utf16Slice(match.start(of: 1), match.start(of: 1) + 48)) ? nil : match[1].map { ($0, match.start(of: 1)) }
        }
        // ("I take Montair for mild asthma": a brand that only opens like a day's name is no day.)
        for (word, position) in byName where !Self.notMedicines.contains(word) && !Self.dayWord.matches(word) && !Self.wholeMonth.matches(word)
            && !medicines.contains(where: { $0.0 == word || saidNames[$0.0] == word || $0.1.lowercased() == word }) {
            // (The text positions of the original and the normalised message differ; the sentence is looked up in the normalised one.)
            guard case let at = text.range(of: word).map({ text.utf16.distance(from: text.startIndex, to: $0.lowerBound) }) ?? position,
                  !conditionQuestion(scan, at: at), !someoneElsesHealth(scan, at: at), !conditionNegated(scan, at: at) else { continue }
            medicines.append((word, word, at))
        }
        // "Hypertension, on tablets": an unnamed medicine in the sentence of a condition it treats. ("I have restless legs, the
        // doctor gave me pills for it": a condition with no kind of medicine of its own is treated by "its medication".)
        for (value, name, position) in conditions {
            let known = Self.medicineOfCondition[value].flatMap { medicine in Self.medicines.first { $0.value == medicine } }
            let term = (value: known?.value ?? value + "_medication", name: known?.name ?? "medication for \(name)")
            guard !medicines.contains(where: { $0.0 == term.value }) else { continue }
            // (Its sentence, and the one after: "a touch of sugar diabetes. I take a tablet with breakfast".)
            let sentence = scan.sentence(around: position)
            let end = sentence.start + sentence.text.utf16Length
            let next = end < scan.text.utf16Length ? scan.sentence(around: min(scan.text.utf16Length - 1, end + 2)) : sentence
            // (Not beside a medicine named: "type 2 diabetes, gliclazide tablets".)
            for part in [sentence, next] where part.start >= sentence.start && !medicines.contains(where: { scan.sentence(around: $0.2).start == part.start }) {
                if let match = Self.unnamedMedicine.matches(in: part.text).first(where: { !conditionNegated(scan, at: part.start + $0.start) }),
                   !medicines.contains(where: { $0.0 == term.value }), !someoneElsesHealth(scan, at: part.start + match.start) {
                    medicines.append((term.value, term.name, part.start + match.start))
                }
            }
        }

        // ("I took rivaroxaban for six months and stopped in October": a medicine taken no longer.)
        // ("… finished the tamoxifen in 2021, and I take levothyroxine": the one stopped, not the one taken now, in the same sentence.)
        medicines.removeAll { medicine in
            let sentence = scan.sentence(around: medicine.2)
            let pieces = Self.medicinePieceBreak.matches(in: sentence.text)
            let from = pieces.last { sentence.start + $0.end <= medicine.2 }.map { sentence.start + $0.end } ?? sentence.start
            let to = pieces.first { sentence.start + $0.start > medicine.2 }.map { sentence.start + $0.start } ?? sentence.start + sentence.text.utf16Length
            return Self.medicineStopped.matches(scan.text.utf16Slice(from, to))
        }
        // ("I take thyroxine. No, sorry, that's my sister. I take nothing.": a medicine said to be someone else's, straight after.)
        medicines.removeAll { medicine in
            let sentence = scan.sentence(around: medicine.2)
            let end = sentence.start + sentence.text.utf16Length
            return Self.someoneElsesAfter.matches(scan.text.utf16Slice(end, min(scan.text.utf16Length, end + 48)))
        }
        // A general name said with a specific one is the specific one ("diabetic (type 1)").
        let named = Set(conditions.map(\.0))
        conditions.removeAll { condition in Self.specificConditions[condition.0].map { !$0.isDisjoint(with: named) } ?? false }
        conditions = conditions.map { condition in saidNames[condition.0].map { ($0, $0, condition.2) } ?? condition }
        medicines = medicines.map { medicine in saidNames[medicine.0].map { ($0, $0, medicine.2) } ?? medicine }
        if !conditions.isEmpty {
            let sorted = conditions.sorted { $0.2 < $1.2 }
            addHealthFact(scan, "health.medicalConditions", .array(sorted.map { .string($0.0) }), said: Self.sayList(sorted.map(\.1)), at: sorted[0].2)
        } else if let match = Self.noConditions.firstMatch(in: text), !conditionQuestion(scan, at: match.start), !someoneElsesHealth(scan, at: match.start) {
            addHealthFact(scan, "health.medicalConditions", [], said: "no medical conditions", at: match.start)
        } else if negatedConditions || (asked == "health.medicalConditions" && Self.noneOpening.matches(text)) {
            addHealthFact(scan, "health.medicalConditions", [], said: "no medical conditions", at: 0)
        }

        if !medicines.isEmpty {
            let sorted = medicines.sorted { $0.2 < $1.2 }
            addHealthFact(scan, "health.medications", .array(sorted.map { .string($0.0) }), said: Self.sayList(sorted.map(\.1)), at: sorted[0].2)
        } else if let match = Self.noMedicines.firstMatch(in: text), !conditionQuestion(scan, at: match.start), !someoneElsesHealth(scan, at: match.start) {
            addHealthFact(scan, "health.medications", [], said: "no medication", at: match.start)
        } else if negatedMedicines || (asked == "health.medications" && Self.noneOpening.matches(text)) {
            addHealthFact(scan, "health.medications", [], said: "no medication", at: 0)
        }

        extractClearance(scan)
    }

    /// Where a sentence turns to another medicine: ", and I take …", "; now …".
    static let someoneElsesAfter = TextPattern(
        #"^[\s.!?]*(?:(?:no|sorry|oops|wait|actually|oh),?\s+)*(?:that is|that's|thats|those are|that was|that one is|that one's) (?:my|for my|the) (?:sister|brother|mum|mom|mother|dad|father|husband|wife|partner|son|daughter|kid|gran|grandma|grandad|grandpa|aunt|uncle|neighbour|neighbor|friend|flatmate|roommate|dog|cat)(?:'s)?\b"#)
    static let medicinePieceBreak = TextPattern(#",?\s+(?:and|but) (?:now |these days )?(?:i|i am|i'm)\b|;|\bnow i\b"#)
    static let medicineStopped = TextPattern(#"\b(?:stopped|came off|finished|no longer (?:on|take|taking)|not (?:on|taking) (?:it|them|that) (?:any ?more|now)|used to (?:take|be on))\b"#)

    private func extractClearance(_ scan: Scan) {
        let text = scan.text
        let asked = scan.expecting == "health.hasPhysicianClearance"
        var negatives: [TextMatch] = []
        for match in Self.notCleared.matches(in: text) {
            // "not yet" alone is only an answer to the clearance question.
            if match.text == "not yet", !asked { continue }
            // "haven't seen a doctor about my hip, it's fine" still says no clearance; a question does not.
            if conditionQuestion(scan, at: match.start) || someoneElsesHealth(scan, at: match.start, clearance: true) { continue }
            negatives.append(match)
            addHealthFact(scan, "health.hasPhysicianClearance", false, said: "not cleared by a doctor yet", at: match.start)
        }
        for match in Self.cleared.matches(in: text) + Self.toldToGoRun.matches(in: text) + (asked ? Self.clearedAnswer.matches(in: text) : []) {
            if negatives.contains(where: { $0.start <= match.end && match.start <= $0.end }) { continue }
            let (clause, start) = scan.clause(around: match.start)
            // "I work as a physio, I'm fine to run" names no one who cleared the runner.
            // ("My rheumatologist, Dr. Rivera, said yes … go ahead": who said it may be a comma or two before.)
            let sentence = scan.sentence(around: match.start).text
            let clinicians = Self.clinician.matches(in: sentence).filter { !Self.ownJob.matches(sentence.utf16Slice(0, $0.start)) }
            // ("The doctor at the puskesmas say my sugar … She say running is good for me": "she", the clinician said before.)
            let own = scan.sentence(around: match.start)
            // ("… atrial fibrillation, the cardiologist says. I take a blood thinner. He said running is fine": two sentences back.)
            let before = own.start >= 2 ? scan.sentence(around: own.start - 2) : (text: "", start: 0)
            let previous = before.text + " " + (before.start >= 2 ? scan.sentence(around: before.start - 2).text : "")
            let pronounLed = own.text.range(of: #"^\W*(?:she|he|they)\b"#, options: .regularExpression) != nil && Self.clinician.matches(previous)
            let named = !clinicians.isEmpty || asked || Self.clearedAlone.matches(clause) || pronounLed
            guard named else { continue }
            if conditionQuestion(scan, at: match.start) || someoneElsesHealth(scan, at: match.start, clearance: true) { continue }
            // Cleared someone else: "cleared him", "gave her the green light".
            if Self.clearedOther.matches(scan.text.utf16Slice(match.start, match.end + 12)) { continue }
            // A clearance hoped for or planned: "once my surgeon gives me the all clear".
            let whole = clause.utf16Slice(0, match.start - start)
            var lead = whole
            if let cut = lead.range(of: ",", options: .backwards) { lead = String(lead[cut.upperBound...]) }
            // "back since August, when doctor say ok", "once my physio gave me the nod": a clearance that came.
            let came = Self.clearanceCame.matches(lead) || Self.whenAfterPast.matches(whole) && Self.leadingWhen.matches(lead)
            if !came, Self.clearanceNotYet.matches(lead) || Self.conditionNegator.matches(lead) { continue }
            addHealthFact(scan, "health.hasPhysicianClearance", true, said: "cleared to run by your doctor", at: match.start)
        }
    }

    /// ("Doc at my physical said my ticker's fine and to go run the thing.")
    /// ("The cardiologist checked me in spring and said I can do all sports.": sport of any kind allowed.)
    static let toldToGoRun = TextPattern(#"\b(?:said|says|told me)\b[^.!?]{0,40}?\bto go (?:run|running|for it|ahead)\b|\b(?:said|says|told me)(?: that)? i (?:can|could|may) (?:do|play)? ?(?:all|any) (?:sports?|exercise|activit(?:y|ies))\b"#)
    static let clearanceCame = TextPattern(
        #"^\s*(?:when|once|after)\s+(?:[a-z']+\s+){0,4}?(?:said|gave|cleared|signed|okayed|ok'd|told)\b"#)
    static let leadingWhen = TextPattern(#"^\s*(?:when|once|after)\b"#)
    static let whenAfterPast = TextPattern(
        #"\b(?:since|back in|in) (?:"# + monthPattern + #"|(?:19|20)\d\d|the (?:spring|summer|autumn|fall|winter))\b[^,]*,\s*(?:when|once|after)\b"#)
    static let ownJob = TextPattern(#"\b(?:i am|i work as|work as|as|i was|being) an? (?:[a-z]+ )?$"#)
    static let clearedOther = TextPattern(#"^\S+(?: \S+)? (?:him|her|them|my (?:wife|husband|partner|son|daughter|dad|mum|mom))\b"#)

    // MARK: - Helpers

    /// Adds a value; someone else's health was checked for each mention already, so the scan's
    /// own check ("they put a stent in") does not drop the runner's.
    private func addHealthFact(_ scan: Scan, _ path: String, _ value: JSONValue, said: String, at position: Int) {
        let position = scan.aboutSomeoneElse(at: position) ? 0 : position
        scan.add(path, value, said: said, at: position, checkNegation: false)
    }

    /// A question about the condition, not a statement of it; "I have asthma, is that a problem?" states it.
    static let presupposed = TextPattern(
        #"\b(?:does it matter|does that matter|is it (?:a problem|an issue|ok|okay|bad|fine|dangerous)|will it matter|is that (?:a problem|an issue|ok|okay|bad)|do you need to know)\s+(?:that\s+)?i (?:take|have|am on|had|use|am taking)\b|\b(?:is it|is that) (?:ok|okay|safe|fine|alright|a problem|bad) to (?:run|train|race) (?:on|while on|while taking)\b|\b(?:does it matter|is it (?:a problem|an issue|ok|okay|bad|fine|alright|normal))\s+(?:that\s+)?(?:i'?m|i am|im) (?:only |just |already )?\d{1,2}\s*\?"#)
    func conditionQuestion(_ scan: Scan, at position: Int) -> Bool {
        guard scan.isQuestion(at: position) else { return false }
        let sentence = scan.sentence(around: position)
        let before = sentence.text.utf16Slice(0, position - sentence.start)
        let after = sentence.text.utf16Slice(position - sentence.start, sentence.text.utf16Length)
        let stated = Self.selfStatement.matches(before)
        // ("Does it matter that I take the contraceptive pill?": the question takes for granted that the runner does.)
        if Self.presupposed.matches(before) { return false }
        // ("Do you need to know I take montelukast?": offered, not asked about.)
        if Replies.doesItCount.matches(sentence.text.trimmingCharacters(in: .whitespaces)) { return false }
        return !(stated && Self.trailingQuestion.matches(after))
    }

    func someoneElsesHealth(_ scan: Scan, at position: Int, clearance: Bool = false) -> Bool {
        var before = scan.phraseBefore(position)
        // "My little brother has the disease and I have the trait": after "and I …" the runner speaks of themselves.
        let lead = before + scan.text.utf16Slice(position, position + 8)
        if let own = Self.ownTurn.matches(in: lead).last { before = lead.utf16Slice(min(own.end, before.utf16Length), before.utf16Length) }
        if Self.relativeNear.matches(before) || (!clearance && Self.pronounNear.matches(before)) { return true }
        return Self.familyHistory.matches(scan.clause(around: position).text)
    }

    /// "no asthma", "not diabetic", "never had any heart problems", "no asthma or heart problems".
    func conditionNegated(_ scan: Scan, at position: Int) -> Bool {
        let before = scan.window(before: position, 60)
        guard let negator = Self.conditionNegator.firstMatch(in: before) else { return false }
        var gap = before.utf16Slice(negator.end, before.utf16Length)
        for term in Self.conditions + Self.medicines { gap = term.pattern.replacing(in: gap) { _ in " " } }
        return Self.negationGap.matches(gap)
    }

    static let ownTurn = TextPattern(#"\b(?:and|but|while|whereas) (?:i|me)\b(?: (?:have|am|take|got|carry|was|had))?"#)
    /// The runner speaking of themselves: "I have", "I'm", "my".
    static let selfStatement = TextPattern(#"\b(?:i|my|me)\b"#)
}
