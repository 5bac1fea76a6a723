//! Every sentence a user reads, in Swedish, one module per area, so that an English version
//! can follow by replacing this file's contents and nothing else.

/// A number the Swedish way with as few decimals as it needs: `0,1`, `86 400`.
fn cli_number(v: f64) -> String {
    // Rust writes the shortest text that reads back as `v` (0.001, not 0.00100000000000000002).
    let d: rust_decimal::Decimal = format!("{v}").parse().unwrap_or_default();
    let d = d.normalize();
    crate::money::group_swedish(d, d.scale())
}

/// The operating system's errors, in Swedish. The system's own (English) words go to the
/// trace only (`ANSLAG_TRACE=1`).
pub mod os {
    use std::io::ErrorKind;

    /// What went wrong with a file or a connection, in plain Swedish.
    pub fn io_error(e: &std::io::Error) -> String {
        crate::problem::trace("io", e);
        match e.kind() {
            ErrorKind::NotFound => "filen eller mappen finns inte".into(),
            ErrorKind::PermissionDenied => "behörighet saknas".into(),
            ErrorKind::AlreadyExists => "en fil med det namnet finns redan".into(),
            ErrorKind::IsADirectory => "det är en mapp, inte en fil".into(),
            ErrorKind::NotADirectory => "en del av sökvägen är en fil, inte en mapp".into(),
            ErrorKind::StorageFull => "disken är full".into(),
            ErrorKind::ReadOnlyFilesystem => "filsystemet är skrivskyddat".into(),
            ErrorKind::FileTooLarge => "filen är för stor".into(),
            ErrorKind::InvalidFilename => "namnet går inte att använda som filnamn".into(),
            ErrorKind::AddrInUse => "adressen används redan av ett annat program".into(),
            ErrorKind::AddrNotAvailable => "adressen finns inte på den här datorn".into(),
            ErrorKind::ConnectionRefused => "anslutningen nekades".into(),
            ErrorKind::TimedOut => "tiden tog slut".into(),
            ErrorKind::Interrupted => "avbröts".into(),
            ErrorKind::InvalidData => "innehållet går inte att läsa".into(),
            ErrorKind::UnexpectedEof => "filen tar slut för tidigt".into(),
            ErrorKind::OutOfMemory => "minnet räcker inte".into(),
            _ => match e.raw_os_error() {
                Some(code) => format!("operativsystemet gav fel nummer {code}"),
                None => "ett fel i operativsystemet".into(),
            },
        }
    }
}

/// Files that a command writes because the user named them (`-o`, `--svg`, `--lp`).
pub mod output {
    pub fn wrong_extension(path: &str, wanted: &[&str]) -> String {
        let list: Vec<String> = wanted.iter().map(|e| format!(".{e}")).collect();
        format!(
            "{path}: filen som skrivs är {} och namnet ska sluta på {}; ingenting skrevs",
            wanted.first().map_or(String::new(), |e| e.to_uppercase()),
            list.join(" eller ")
        )
    }

    pub fn exists(path: &str) -> String {
        format!(
            "{path} finns redan; ingenting skrevs. Välj ett annat namn, eller ge --force för att skriva över den (den nuvarande sparas då som {path}.forra)"
        )
    }

    pub fn is_directory(path: &str) -> String {
        format!("{path} är en mapp; ange ett filnamn")
    }

    pub fn kept_previous(path: &str) -> String {
        format!("Den förra versionen finns kvar som {path}.")
    }

    pub fn cannot_write(path: &str, e: &std::io::Error) -> String {
        format!("kan inte skriva {path}: {}", super::os::io_error(e))
    }
}

/// Problems found while reading files.
pub mod files {
    use crate::date::Date;
    use crate::money::Sek;
    use crate::problem::Loc;

    pub const WARNING_PREFIX: &str = "varning: ";
    pub const KIND_NULL: &str = "ett tomt värde";
    pub const KIND_SEQ: &str = "en lista";
    pub const KIND_MAP: &str = "en tabell med nycklar";

    pub const YAML_SYNTAX: &str = "YAML-syntaxfel";
    pub const YAML_MANY_DOCUMENTS: &str =
        "filen innehåller flera YAML-dokument (---); bara ett är tillåtet";
    pub const YAML_UNKNOWN_ALIAS: &str = "aliaset pekar på ett ankare som inte finns";
    pub const YAML_TOO_LARGE: &str =
        "filen växer till för många värden (alias som upprepas?); högst 2 000 000 värden";
    pub const VALUE_TOO_LONG: &str =
        "värdet är längre än 100 000 tecken; så långa värden hör inte hemma i filerna";
    pub const YAML_TOO_DEEP: &str = "filen är nästlad djupare än 64 nivåer";
    pub const IS_DIRECTORY: &str = "det här är en mapp, inte en fil";
    pub const FILE_TOO_LARGE: &str = "filen är större än 64 MB";
    pub const NOT_UTF8: &str = "filen är inte UTF-8; spara den som UTF-8 (texten går sönder här)";

    pub const EXPECT_TEXT: &str = "en text";
    pub const EXPECT_BOOL: &str = "true eller false";
    pub const EXPECT_WHOLE: &str = "ett heltal ≥ 0";
    pub const EXPECT_NUMBER: &str = "ett tal ≥ 0";
    pub const EXPECT_AMOUNT: &str =
        "ett belopp (t.ex. \"1 200 000\", \"1,2 mkr\" eller \"850 tkr\")";
    pub const EXPECT_DATE: &str = "ett datum ÅÅÅÅ-MM-DD";
    pub const EXPECT_LIST: &str = "en lista";
    pub const EXPECT_MAP: &str = "en tabell med nycklar";
    pub const EXPECT_KEY: &str = "en nyckel i klartext";
    pub const EXPECT_PATH: &str = "en sökväg till en fil";
    pub const EXPECT_APPLICATION_LIST: &str = "en lista med ansökningar";
    pub const TEXT_TOO_LONG: &str = "texten är längre än 10 000 tecken";
    pub const NOT_A_SCENARIO: &str = "det här är en lista (en ansökningsfil?), inte ett scenario; ange ett scenario, t.ex. scenarios/2021/bas.yaml, som pekar på ansökningarna";

    pub const NO_RUS_NODE: &str =
        "strategin saknar en nod med level: rus (roten för strategisk förankring)";
    pub const MANY_RUS_NODES: &str = "det får bara finnas en nod med level: rus";
    pub const NO_PARENTS: &str =
        "noden tjänar ingenting (parents saknas) och kan därför inte bidra till poängen";
    pub const INFORMATIONAL_WITH_PARENTS: &str = "nationella områden och plandokument poängsätts inte och kan inte ha parents; använd serves eller plan";
    pub const RUS_WITH_PARENTS: &str =
        "RUS är roten och kan inte tjäna något annat (använd serves för nationella områden)";
    pub const BAD_WEIGHT: &str = "vikten måste vara ett tal ≥ 0";
    pub const BAD_GOAL_NUMBER: &str = "målnumret måste vara 1–99";
    pub const ZERO_CRITERIA_WEIGHTS: &str =
        "alla kvalitetskriteriers vikter är 0 och kan inte normaliseras";
    pub const BAD_NAME: &str =
        "namnet ska vara en rad text utan tabbar, radbrytningar eller andra styrtecken";
    pub const RATE_NOT_PLAUSIBLE: &str =
        "växelkursen ska vara kronor per euro, ett tal från 0,01 till 1 000 (t.ex. 11,48)";
    pub const NO_MUNICIPALITY: &str = "ansökan anger ingen kommun";
    pub const ZERO_REQUESTED: &str = "sökt belopp är 0 kr";
    pub const NOT_WHOLE_KRONOR: &str = "en ansökans belopp ska anges i hela kronor";
    pub const BAD_PARTIAL_MIN: &str = "partial.min ska vara ett belopp i hela kronor större än 0";
    pub const NO_YEARS: &str = "years är tom; ange minst ett år eller ta bort nyckeln";
    pub const ZERO_ELIGIBLE_COST: &str = "stödberättigande kostnad är 0 kr";
    pub const BAD_SCORE: &str = "score måste vara ett tal ≥ 0";
    pub const BAD_BUDGET_SCALE: &str = "budget_scale måste vara större än 0 och högst 100";
    pub const BAD_TIME_LIMIT: &str = "time_limit måste vara större än 0 och högst 3 600 sekunder";
    pub const PARTS_CANNOT_NORMALISE: &str = "delarnas vikter summerar till 0 och kan inte normaliseras; minst en del måste väga mer än 0";
    pub const SHARE_NEEDS_BOUND: &str = "en andelsbegränsning behöver min, max eller båda";
    pub const SHARE_MIN_ABOVE_MAX: &str = "min är större än max";
    pub const AT_MOST_ONE_NEEDS_TWO: &str = "at_most_one behöver minst två ansökningar";

    pub fn did_you_mean(candidate: &str) -> String {
        format!(" (menade du \"{candidate}\"?)")
    }

    pub fn expected(key: &str, what: &str, got: &str) -> String {
        if key.is_empty() {
            format!("förväntade {what}, fick {got}")
        } else {
            format!("{key}: förväntade {what}, fick {got}")
        }
    }

    pub fn negative_number(key: &str, text: &str) -> String {
        format!("{key}: negativa tal är inte tillåtna (\"{text}\")")
    }

    pub fn bad_amount(key: &str, text: &str, why: &str) -> String {
        format!("{key}: \"{text}\" är inget giltigt belopp: {why}")
    }

    pub fn bad_rating(key: &str, got: &str) -> String {
        format!("{key}: betyget ska vara 0, 1, 2 eller 3, fick {got}")
    }

    pub fn bad_choice(key: &str, text: &str, hint: &str, choices: &[&str]) -> String {
        format!(
            "{key}: okänt värde \"{text}\"{hint}; tillåtna: {}",
            choices.join(", ")
        )
    }

    pub fn unknown_key(key: &str, hint: &str, allowed: &[&str]) -> String {
        format!(
            "okänd nyckel \"{key}\"{hint}; tillåtna nycklar: {}",
            allowed.join(", ")
        )
    }

    pub fn repeated_key(key: &str, first: &Loc) -> String {
        format!(
            "nyckeln \"{key}\" förekommer två gånger; den står redan på rad {}, kolumn {}",
            first.line, first.column
        )
    }

    pub fn duplicate_key(key: &str) -> String {
        format!("nyckeln \"{key}\" förekommer två gånger")
    }

    pub fn missing_key(key: &str) -> String {
        format!("nyckeln \"{key}\" saknas")
    }

    pub fn cannot_read(e: &std::io::Error) -> String {
        format!("kan inte läsa filen: {}", super::os::io_error(e))
    }

    /// A YAML syntax error told in Swedish from the parser's (English) description; the
    /// description itself goes to the trace.
    pub fn yaml_syntax(info: &str) -> String {
        crate::problem::trace("yaml", &info);
        let has = |part: &str| info.contains(part);
        let why = if has("tab") {
            "ett tabbtecken står där YAML kräver mellanslag; byt tabbar mot mellanslag"
        } else if has("mapping values are not allowed") || has("illegal placement of ':'") {
            "ett kolon följt av mellanslag står där det inte får stå; sätt texten inom citattecken om den innehåller \": \", eller rätta indraget"
        } else if has("did not find expected key") || has("mapping keys are not allowed") {
            "raden passar inte in i tabellen ovanför; kontrollera indraget"
        } else if has("'-' indicator") || has("block sequence entries are not allowed") {
            "listan (rader som börjar med \"-\") har fel indrag här"
        } else if has("flow mapping") || has("'}'") {
            "en tabell inom { } saknar \",\" eller \"}\""
        } else if has("flow sequence") || has("']'") || has("misplaced bracket") {
            "en lista inom [ ] saknar \",\" eller \"]\""
        } else if has("quoted scalar, found unexpected") {
            "en text inom citattecken avslutas aldrig; lägg till det avslutande citattecknet"
        } else if has("escape") || has("hexadecimal") || has("Unicode character") {
            "en text inom dubbla citattecken har ett omvänt snedstreck (\\) som inte betyder något; skriv \\\\ eller använd enkla citattecken"
        } else if has("after double-quoted scalar") {
            "något står direkt efter en text inom citattecken på samma rad"
        } else if has("duplicated anchor") {
            "ankaret (&namn) finns redan tidigare i filen"
        } else if has("unknown anchor") {
            YAML_UNKNOWN_ALIAS
        } else if has("recursion limit") {
            YAML_TOO_DEEP
        } else if has("unprintable character") || has("byte order mark") {
            "filen innehåller ett osynligt styrtecken som inte får stå i YAML"
        } else if has("must be followed by a valid YAML whitespace") || has("expected whitespace") {
            "efter \":\" och \"-\" ska det stå ett mellanslag"
        } else if has("simple key") {
            "en nyckel saknar \":\" efter sig (eller är längre än 1 024 tecken)"
        } else if has("comment intercepting") {
            "en kommentar (#) avbryter en text som fortsätter på nästa rad"
        } else if has("indentation") || has("wrongly indented") {
            "fel indrag; rader på samma nivå ska ha lika många mellanslag före sig"
        } else if has("tag") || has("directive") || has("document") {
            "YAML-taggar, direktiv och dokumentavskiljare (!, %, ---, ...) används inte i anslags filer"
        } else if has("node content") || has("plain scalar") || has("unexpected character") {
            "ett värde saknas eller börjar med ett tecken som YAML reserverar (till exempel @, `, %, !, &, * eller |); sätt värdet inom citattecken"
        } else if has("unexpected eof") || has("end of stream") {
            "filen tar slut mitt i ett värde"
        } else {
            "filen följer inte YAML:s regler här"
        };
        format!("{YAML_SYNTAX}: {why}")
    }

    pub fn missing_file(path: &str) -> String {
        format!("filen {path} finns inte")
    }

    pub fn node_context(id: &str) -> String {
        format!("nod \"{id}\"")
    }

    pub fn application_context(id: &str) -> String {
        format!("ansökan \"{id}\"")
    }

    pub fn constraint_context(name: &str) -> String {
        format!("begränsningen \"{name}\"")
    }

    pub fn period_context(from: Date) -> String {
        format!("regler från {from}")
    }

    pub fn rules_from(from: Date) -> String {
        format!("Regler från {from}")
    }

    pub fn duplicate_id(id: &str, first: &Loc) -> String {
        format!("id \"{id}\" finns redan (först på rad {})", first.line)
    }

    pub fn bad_node_id(id: &str) -> String {
        format!("id \"{id}\" får inte vara tomt eller innehålla mellanslag eller '>'")
    }

    pub fn unknown_node(id: &str, hint: &str) -> String {
        format!("okänd strateginod \"{id}\"{hint}")
    }

    pub fn parent_not_scoring(id: &str) -> String {
        format!(
            "\"{id}\" är ett nationellt område eller ett plandokument och kan inte vara förälder; använd serves eller plan"
        )
    }

    pub fn unknown_plan(id: &str, hint: &str) -> String {
        format!("okänd plan \"{id}\"{hint}; plan ska vara id för en nod med level: plan")
    }

    pub fn unknown_national(id: &str, hint: &str) -> String {
        format!("okänt nationellt område \"{id}\"{hint}")
    }

    pub fn cycle(ids: &[String]) -> String {
        format!(
            "strategigrafen har en cykel: {} tjänar varandra i en ring",
            ids.iter()
                .map(|i| format!("\"{i}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }

    pub fn duplicate_goal(n: u8) -> String {
        format!("mål {n} finns redan")
    }

    pub fn unknown_goal(n: u32) -> String {
        format!("globalt mål {n} finns inte (1–17)")
    }

    pub fn unknown_goal_key(text: &str) -> String {
        format!("\"{text}\" är inget globalt mål; ange målets nummer 1–17")
    }

    pub fn goal_in_two_groups(n: u8, other: &str) -> String {
        format!("mål {n} finns redan i gruppen \"{other}\"")
    }

    pub fn goal_without_group(n: u8) -> String {
        format!("mål {n} hör inte till någon grupp")
    }

    pub fn periods_out_of_order(previous: Date) -> String {
        format!("perioderna ska stå i tidsordning; föregående period börjar {previous}")
    }

    pub fn first_period_needs(section: &str) -> String {
        format!("den första perioden måste ange \"{section}\" (senare perioder ärver den)")
    }

    pub fn unknown_support(key: &str, hint: &str) -> String {
        format!(
            "okänt stödslag \"{key}\"{hint}; tillåtna: projektmedel, foretagsstod, kommersiell_service"
        )
    }

    pub fn form_in_wrong_pot(form: &str, support: &str) -> String {
        format!("stödformen \"{form}\" hör inte till {support}")
    }

    pub fn form_required(support: &str) -> String {
        format!("{support} kräver en stödform (form)")
    }

    pub fn share_out_of_range(key: &str) -> String {
        format!("{key} är en andel och ska ligga mellan 0 och 1 (t.ex. 0.5 för 50 %)")
    }

    pub fn duplicate_criterion(id: &str) -> String {
        format!("kriteriet \"{id}\" finns redan")
    }

    pub fn bad_org_nr(nr: &str) -> String {
        format!(
            "organisationsnumret \"{nr}\" ser inte giltigt ut (tio siffror, NNNNNN-NNNN, med kontrollsiffra)"
        )
    }

    pub fn unknown_municipality(name: &str, hint: &str) -> String {
        format!("okänd kommun \"{name}\"{hint}")
    }

    pub fn partial_above_requested(min: Sek, requested: Sek) -> String {
        format!("partial.min ({min}) är större än sökt belopp ({requested})")
    }

    pub fn bad_year(text: &str) -> String {
        format!("\"{text}\" är inget årtal (2000–2100)")
    }

    pub fn years_do_not_sum(sum: Sek, requested: Sek) -> String {
        format!("årsbeloppen summerar till {sum} men sökt belopp är {requested}")
    }

    pub fn rated_informational(id: &str) -> String {
        format!(
            "\"{id}\" är ett nationellt område eller ett plandokument och poängsätts inte; betygsätt ett mål eller en aktivitet"
        )
    }

    pub fn node_not_yet_valid(id: &str, from: Date, on: Date) -> String {
        format!(
            "\"{id}\" gäller från {from}, efter beslutsdatum {on}; ansökan bedöms mot en strategi som ännu inte är antagen"
        )
    }

    pub fn rated_with_ancestor(id: &str, ancestor: &str) -> String {
        format!(
            "både \"{id}\" och \"{ancestor}\", som \"{id}\" tjänar, är betygsatta; det ena betyget överskuggar det andra"
        )
    }

    pub fn unknown_criterion(id: &str, hint: &str) -> String {
        format!("okänt kvalitetskriterium \"{id}\"{hint}")
    }

    pub fn base_cycle(files: &[String]) -> String {
        format!(
            "scenarierna ärver av varandra i en ring: {}",
            files.join(" → ")
        )
    }

    pub fn coverage_by(text: &str) -> String {
        format!("by: \"{text}\" stöds inte; bara \"municipality\"")
    }

    pub fn duplicate_constraint(name: &str) -> String {
        format!("det finns redan en begränsning som heter \"{name}\"")
    }

    pub fn no_rules_at(id: &str, date: Date) -> String {
        format!("ansökan \"{id}\": riktlinjerna har inga regler som gäller {date}")
    }

    pub fn no_decision_date(id: &str, date: Date) -> String {
        format!("ansökan \"{id}\": beslutsdatum saknas; reglerna som gäller {date} används")
    }

    pub fn must_fund_ineligible(id: &str) -> String {
        format!(
            "must_fund \"{id}\": ansökan är inte stödberättigad och kan inte tvingas in (se anslag explain {id})"
        )
    }

    pub fn must_fund_and_excluded(id: &str) -> String {
        format!("\"{id}\" står både i must_fund och exclude")
    }

    pub fn must_fund_not_candidate(id: &str, status: &str) -> String {
        format!("must_fund \"{id}\": ansökan har status {status} och kan inte beviljas i år")
    }

    pub fn unknown_application(id: &str, hint: &str) -> String {
        format!("okänd ansökan \"{id}\"{hint}")
    }

    pub fn no_budget_for_pot(pot: &str) -> String {
        let pot = pot.to_lowercase();
        format!("budget anger inget belopp för {pot}; ansökningar om {pot} kan inte beviljas")
    }

    pub fn node_serves_nothing(id: &str) -> String {
        format!("\"{id}\" tjänar ingen annan nod, så det finns ingen kant att vikta")
    }

    pub fn no_such_edge(parent: &str, child: &str) -> String {
        format!("\"{child}\" tjänar inte \"{parent}\"; det finns ingen sådan kant")
    }

    pub fn unknown_group(id: &str, hint: &str) -> String {
        format!("okänd grupp \"{id}\"{hint} i Agenda 2030 (eller negativ vikt)")
    }

    pub fn zero_weights(part: &str, node: &str) -> String {
        format!("{part}: vikterna under \"{node}\" är alla 0 och kan inte normaliseras")
    }
}

/// Amounts of money.
pub mod money {
    pub const NOT_A_NUMBER: &str = "inget tal; skriv t.ex. 1 200 000, 1,2 mkr eller 850 tkr";
    pub const NEGATIVE: &str = "belopp kan inte vara negativa";
    pub const BAD_GROUPING: &str = "tusental ska grupperas tre och tre siffror (1 200 000)";
    pub const TOO_MANY_DECIMALS: &str = "högst två decimaler (öre)";
    pub const TOO_LARGE: &str = "orimligt stort belopp (över 10 000 miljarder kronor)";
}

/// Names in the domain.
pub mod domain {
    use crate::application::Support;
    use crate::scenario::Part;

    pub fn support_name(s: Support) -> &'static str {
        match s {
            Support::Projektmedel => "Projektmedel",
            Support::Foretagsstod => "Företagsstöd",
            Support::KommersiellService => "Kommersiell service",
        }
    }

    /// Why a candidate is not funded, in a few words (tables, spreadsheets).
    pub fn reason_name(r: crate::optimise::Reason) -> &'static str {
        use crate::optimise::Reason;
        match r {
            Reason::Ineligible => "inte stödberättigad",
            Reason::BelowMinScore => "under lägsta poäng",
            Reason::Excluded => "undantagen",
            Reason::Blocked => "stoppas av ett villkor",
            Reason::CrowdedOut => "ryms inte i budgeten",
        }
    }

    pub fn part_name(p: Part) -> &'static str {
        match p {
            Part::Alignment => "Strategisk förankring",
            Part::Agenda2030 => "Agenda 2030",
            Part::Quality => "Kvalitet",
        }
    }
}

/// The guideline's rules, broken.
pub mod rules {
    use rust_decimal::Decimal;

    use crate::application::{ApplicantType, Support};
    use crate::date::Date;
    use crate::money::{Sek, group_swedish};
    use crate::rules::{DeMinimisRule, SmeRule};

    pub const OPERATING_AID: &str =
        "driftstöd ges inte ur den här potten (bara inom kommersiell service)";
    pub const NO_STRATEGY_LINK: &str = "projektet ska bidra till den regionala utvecklingsstrategin men har ingen koppling till någon strateginod";
    pub const IN_DIFFICULTY: &str =
        "företaget är i ekonomiska svårigheter (på obestånd) och kan inte få stöd";
    pub const NOT_OPEN_ALL_YEAR: &str = "butiken har inte öppet året runt";
    pub const NO_ELIGIBLE_COST_SHARE: &str =
        "stödberättigande kostnad saknas, så stödandelen kan inte prövas";
    pub const NO_ELIGIBLE_COST_OVERFINANCING: &str =
        "stödberättigande kostnad saknas, så överfinansiering kan inte prövas";
    pub const NO_COMPANY: &str = "uppgifter om företaget (company) saknas, så storlek, obestånd och de minimis kan inte prövas";
    pub const NO_STORE: &str =
        "uppgifter om butiken (store) saknas, så villkoren för stödformen kan inte prövas";
    pub const NO_DISTANCE: &str = "avståndet till närmaste dagligvarubutik saknas";
    pub const NO_TURNOVER: &str = "butikens dagligvaruomsättning saknas";

    pub fn no_rules_for_support(s: Support) -> String {
        format!("riktlinjerna har inga regler för {}", s.name())
    }

    pub fn form_not_in_rules(form: &str) -> String {
        format!("stödformen \"{form}\" finns inte i riktlinjerna som gäller vid beslutsdatum")
    }

    pub fn wrong_applicant(kind: &str, allowed: &[ApplicantType]) -> String {
        format!(
            "sökande av typen {kind} kan inte få det här stödet; tillåtna: {}",
            allowed
                .iter()
                .map(|t| t.key())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }

    pub fn share_too_high(share: &str, cap: &str, max_grant: Sek, with_public: bool) -> String {
        let what = if with_public {
            "begär tillsammans med övrig offentlig finansiering"
        } else {
            "begär"
        };
        format!(
            "{what} {share} av stödberättigande kostnad; högst {cap} = {max_grant} från anslaget"
        )
    }

    pub fn overfinanced(total: Sek, cost: Sek, max_grant: Sek) -> String {
        format!(
            "sökt belopp och medfinansiering blir {total}, mer än stödberättigande kostnad {cost}; högst {max_grant} kan sökas"
        )
    }

    pub fn started_before_application(received: Date, start: Date) -> String {
        format!(
            "insatsen startade {start}, före ansökan kom in {received}; stödet måste sökas innan insatsen börjar (stimulanseffekt)"
        )
    }

    pub fn not_sme(employees: u32, sme: &SmeRule) -> String {
        format!(
            "företaget är inte ett små eller medelstort företag ({employees} anställda; gränsen är färre än {} anställda och omsättning högst {} euro eller balansomslutning högst {} euro)",
            sme.max_employees,
            group_swedish(sme.max_turnover_eur, 0),
            group_swedish(sme.max_balance_sheet_eur, 0)
        )
    }

    pub fn de_minimis(room: Sek, rule: &DeMinimisRule, rate: Decimal, received: Sek) -> String {
        format!(
            "de minimis-utrymmet räcker inte: taket är {} euro ({} à {} kr/euro) och företaget har redan fått {}; högst {} kan beviljas",
            group_swedish(rule.ceiling_eur, 0),
            rule.period,
            group_swedish(rate, 2),
            received,
            room
        )
    }

    pub fn amount_too_high(form: &str, max: Sek) -> String {
        format!("{form} ges med högst {max}")
    }

    pub fn yearly_too_high(year: i32, amount: Sek, max: Sek, strategic: bool) -> String {
        let which = if strategic {
            " för en strategiskt viktig butik"
        } else {
            ""
        };
        format!("{amount} år {year}; högst {max} per år{which}")
    }

    pub fn too_many_years(n: u32, max: u32) -> String {
        format!("stödet sträcker sig över {n} år; högst {max} år")
    }

    pub fn too_close(distance: Decimal, min: Decimal) -> String {
        format!(
            "butiken ligger {} km från närmaste dagligvarubutik; kravet är mer än {} km",
            distance.normalize().to_string().replace('.', ","),
            min.normalize().to_string().replace('.', ",")
        )
    }

    pub fn turnover_too_high(turnover: Sek, max: Sek) -> String {
        format!(
            "dagligvaruomsättningen är {}; högst {}",
            turnover.to_short_string(),
            max.to_short_string()
        )
    }
}

/// Explanations of scores.
pub mod explain {
    pub const MERGED_PATHS: &str = " (flera vägar sammanslagna)";

    pub fn outweighed_by_children(name: &str, rating: u8) -> String {
        format!(
            "{name} ({rating}/3): överskuggad – det som ligger under noden väger tyngre än betyget"
        )
    }

    pub fn outweighed_no_room(name: &str, rating: u8) -> String {
        format!("{name} ({rating}/3): bidrar inte – det den tjänar är redan fyllt av andra betyg")
    }

    pub fn outweighed_from_above(name: &str, rating: u8) -> String {
        format!("{name} ({rating}/3): överskuggad av ett betyg högre upp i hierarkin")
    }
}

/// The command line: headings, labels and messages.
pub mod cli {
    use crate::application::Form;

    pub const ABOUT: &str = "Prioritering av ansökningar om anslag 1:1 Regionala tillväxtåtgärder";
    pub const HELP_TEMPLATE: &str = "{about}\n\nAnvändning: {usage}\n\n{all-args}{after-help}";
    pub const SUB_HELP_TEMPLATE: &str = "{about}\n\nAnvändning: {usage}\n\n{all-args}{after-help}";
    pub const COMMANDS_HEADING: &str = "Kommandon";
    pub const COMMAND_VALUE: &str = "KOMMANDO";
    pub const ARGUMENTS_HEADING: &str = "Argument";
    pub const OPTIONS_HEADING: &str = "Flaggor";
    pub const HELP_FLAG: &str = "Visa hjälp";
    pub const FORMAT_TABLE: &str = "tabell på svenska för människor";
    pub const FORMAT_JSON: &str = "stabil JSON för program";
    pub const FORMAT_CSV: &str = "CSV med kommatecken och decimalpunkt för program";
    pub const VERSION_FLAG: &str = "Visa versionen";
    pub const FORMAT_HELP: &str = "Utdataformat";
    /// Stands for the flags in a usage line (clap writes `[OPTIONS]`).
    pub const OPTIONS_VALUE: &str = "[FLAGGOR]";
    pub const POSSIBLE_VALUES_HEADING: &str = "Möjliga värden:";

    pub fn default_value(value: &str) -> String {
        format!("[standard: {value}]")
    }

    pub fn possible_values(values: &str) -> String {
        format!("[möjliga värden: {values}]")
    }

    // Errors in the command line itself (clap's own are in English).
    pub const ARGUMENT_ERROR: &str = "fel";
    pub const UNREADABLE_COMMAND_LINE: &str = "kommandoraden kunde inte tolkas";
    pub const INVALID_UTF8: &str = "ett argument är inte giltig UTF-8";

    /// The placeholder shown for an argument's value (`--output <FIL>`), by the argument's id.
    pub fn value_name(id: &str) -> Option<&'static str> {
        Some(match id {
            "file" => "KALKYLBLAD",
            "output" | "svg" | "lp" | "mapping" | "mknapcb1" | "server" => "FIL",
            "charts" | "data" => "MAPP",
            "scenario" | "scenarios" | "with" | "a" | "b" => "SCENARIO",
            "what" => "VAD",
            "name" => "NAMN",
            "id" => "ID",
            "sheet" => "BLAD",
            "bind" => "ADRESS:PORT",
            "time_limit" | "seconds" => "SEKUNDER",
            "steps" | "draws" | "clients" => "ANTAL",
            "from" | "to" => "NIVÅ",
            "pot" => "POTT",
            "format" => "FORMAT",
            "solver" => "LÖSARE",
            "case" => "FALL",
            "sizes" => "STORLEKAR",
            "seed" => "FRÖ",
            "spread" => "PROCENT",
            _ => return None,
        })
    }

    pub fn whole_between(min: usize, max: usize) -> String {
        format!(
            "ange ett heltal från {} till {}",
            crate::money::group_swedish(rust_decimal::Decimal::from(min as u64), 0),
            crate::money::group_swedish(rust_decimal::Decimal::from(max as u64), 0)
        )
    }

    pub fn number_between(min: f64, max: f64) -> String {
        format!(
            "ange ett tal från {} till {}",
            super::cli_number(min),
            super::cli_number(max)
        )
    }

    pub fn seconds_between(min: f64, max: f64) -> String {
        format!(
            "ange sekunder från {} till {}",
            super::cli_number(min),
            super::cli_number(max)
        )
    }

    pub fn invalid_value(value: &str, arg: &str) -> String {
        if value.is_empty() {
            format!("{arg} behöver ett värde")
        } else {
            format!("ogiltigt värde '{value}' för {arg}")
        }
    }

    pub fn valid_values(values: &str) -> String {
        format!("möjliga värden: {values}")
    }

    pub fn unknown_argument(arg: &str) -> String {
        format!("okänd flagga eller okänt argument '{arg}'")
    }

    pub fn as_a_value(arg: &str) -> String {
        format!("för att ge '{arg}' som värde: skriv '-- {arg}'")
    }

    pub fn unknown_command(command: &str) -> String {
        format!("okänt kommando '{command}'")
    }

    pub fn did_you_mean(suggestions: &str) -> String {
        format!("menade du {suggestions}?")
    }

    pub fn missing_arguments(args: &str) -> String {
        format!("det här måste anges: {args}")
    }

    pub fn missing_command(commands: &str) -> String {
        format!("ett kommando måste anges: {commands}")
    }

    pub fn conflicting(arg: &str, prior: &str) -> String {
        format!("{arg} kan inte användas tillsammans med {prior}")
    }

    pub fn given_twice(arg: &str) -> String {
        format!("{arg} får bara anges en gång")
    }

    pub fn needs_equals(arg: &str) -> String {
        format!("{arg} skrivs med likhetstecken: {arg}=VÄRDE")
    }

    pub fn wrong_number_of_values(arg: &str, expected: &str, actual: &str) -> String {
        format!("{arg} tar {expected} värden, inte {actual}")
    }

    pub fn unexpected_value(value: &str, arg: &str) -> String {
        format!("oväntat värde '{value}' för {arg}")
    }

    /// `'a'`, `'a' eller 'b'`, `'a', 'b' eller 'c'`.
    pub fn either(words: &[String]) -> String {
        match words {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} eller {last}", rest.join(", ")),
        }
    }

    pub fn usage(usage: &str) -> String {
        format!("Användning: {usage}")
    }

    pub fn more_help(command: &str) -> String {
        format!("Mer hjälp: {command} --help")
    }

    pub const RANK_HEADERS: [&str; 11] = [
        "Plats",
        "Id",
        "Titel",
        "Stöd",
        "Sökt",
        "Poäng",
        "Förankring",
        "Agenda 2030",
        "Kvalitet",
        "Stödberättigad",
        "Beslut (prel.)",
    ];
    pub const YES: &str = "ja";
    pub const NO: &str = "nej";

    /// The line under a table that had to hide columns to fit the window.
    pub fn hidden_columns(names: &[&str]) -> String {
        format!(
            "(Dolt för att tabellen ska få plats: {}. Bredda fönstret, eller skriv till en fil för full bredd.)",
            names.join(", ")
        )
    }
    pub const GIVEN: &str = "satt utifrån";
    pub const NOT_CANDIDATES: &str =
        "ansökningar med annan status (t.ex. beviljade tidigare år) rankas inte";

    pub fn rank_heading(scenario: &str, candidates: usize) -> String {
        format!("Rangordning – {scenario} ({candidates} ansökningar att pröva)")
    }

    pub fn rank_footer(ineligible: usize, others: usize) -> String {
        format!(
            "{ineligible} ej stödberättigade (prövas inte för finansiering); {others} {NOT_CANDIDATES}."
        )
    }

    pub fn demand_line(pot: &str, demand: &str, budget: &str) -> String {
        format!("  {pot}: sökt {demand}, budget {budget}")
    }

    pub const DEMAND_HEADING: &str = "Sökt belopp mot budget:";
    pub const NO_BUDGET: &str = "ingen budget";

    pub fn warnings_hint(n: usize) -> String {
        format!(
            "{} vid inläsningen; kör `anslag validate` för att se dem.",
            warnings(n)
        )
    }

    /// "1 varning", "2 varningar".
    pub fn warnings(n: usize) -> String {
        if n == 1 {
            "1 varning".to_string()
        } else {
            format!("{n} varningar")
        }
    }

    pub fn problems_summary(errors: usize, warnings: usize) -> String {
        format!("{errors} fel och {}.", self::warnings(warnings))
    }

    pub fn validate_ok(file: &str, applications: usize, warnings: usize) -> String {
        let apps = if applications == 1 {
            "1 ansökan".to_string()
        } else {
            format!("{applications} ansökningar")
        };
        format!("{file}: inga fel ({apps}, {}).", self::warnings(warnings))
    }

    pub fn unknown_application(id: &str, hint: &str) -> String {
        format!("ansökan \"{id}\" finns inte i scenariot{hint}")
    }

    pub fn scenario_missing(path: &str) -> String {
        format!(
            "hittar inte scenariot {path}; kontrollera sökvägen (t.ex. scenarios/2021/bas.yaml)"
        )
    }

    pub fn default_missing(path: &str) -> String {
        format!(
            "hittar inte standardscenariot {path}; ange ett scenario (t.ex. scenarios/2021/bas.yaml)"
        )
    }

    pub fn output_failed(why: &str) -> String {
        format!("kunde inte skriva utdata: {why}")
    }

    // Explain
    pub fn explain_heading(id: &str, title: &str) -> String {
        format!("Ansökan {id}: {title}")
    }
    pub const APPLICANT: &str = "Sökande";
    pub const SUPPORT: &str = "Stöd";
    pub const STATUS: &str = "Status";
    pub const MUNICIPALITIES: &str = "Kommuner";
    pub const REQUESTED: &str = "Sökt belopp";
    pub const ELIGIBLE_COST: &str = "Stödberättigande kostnad";
    pub const COFINANCING: &str = "Medfinansiering";
    pub const YEARS: &str = "Per år";
    pub const PARTIAL: &str = "Kan delfinansieras ned till";
    pub const DECISION_DATE: &str = "Beslutsdatum";
    pub const RULES_USED: &str = "Regler";
    pub const SCORE: &str = "Poäng";
    pub const OUT_OF_100: &str = "av 100";
    pub const GIVEN_SCORE: &str = "Poängen är given utifrån (t.ex. av en extern bedömargrupp eller en omröstning) och ersätter den beräknade; delarna beräknas inte.";
    pub const NO_RATINGS: &str = "inga betyg";
    pub const OUTWEIGHED: &str = "Överskuggade betyg:";
    pub const ELIGIBLE: &str = "Stödberättigad";
    pub const ELIGIBLE_YES: &str = "ja – alla prövade regler är uppfyllda";
    pub const ELIGIBLE_NO: &str = "nej – följande regler bryts:";
    pub const UNCHECKED: &str = "Kunde inte prövas:";
    pub const MANUAL: &str = "Prövas av handläggaren:";
    pub const SOURCE: &str = "källa";
    pub const DECISION_BODY: &str = "Beslutas av (preliminärt, på sökt belopp)";
    pub const PUBLIC: &str = "offentlig";
    pub const PRIVATE: &str = "privat";
    pub const RANK: &str = "Plats i rangordningen";
    pub const NOT_RANKED: &str = "rankas inte (ingen ansökan att pröva i år)";
    pub const DECIDED_BY: &str = "Beslutas av (på beviljat belopp)";
    pub const NOT_A_CANDIDATE: &str =
        "Ansökan prövas inte i år (den är redan beviljad eller har en annan status).";

    pub fn part_line(name: &str, score: &str, weight: &str, points: &str) -> String {
        format!("{name}: {score} × {weight} = {points} p")
    }

    pub fn rank_of(rank: usize, of: usize) -> String {
        format!("{rank} av {of}")
    }

    pub fn optimise_heading(scenario: &str) -> String {
        format!("Förslag till fördelning – {scenario}")
    }

    pub fn status_line(status: &str, gap: f64, millis: f64, solver: &str) -> String {
        let what = match status {
            "optimal" => "bevisat optimalt".to_string(),
            "feasible" => format!(
                "tillåtet men inte bevisat optimalt (högst {} % från det bästa möjliga)",
                crate::format::sv_number(gap * 100.0, 3)
            ),
            "infeasible" => "omöjligt".to_string(),
            _ => "ingen fördelning hittades inom tidsgränsen".to_string(),
        };
        format!(
            "Status: {what} · beräknat på {} s med {solver}",
            crate::format::sv_number(millis / 1000.0, 2)
        )
    }

    pub fn objective_line(objective: &str, baseline: &str, gain: &str) -> String {
        format!(
            "Måluppfyllelse: {objective} (rangordning och finansiering uppifrån: {baseline}; skillnad {gain})"
        )
    }

    pub const POTS: &str = "Potter:";
    pub const OVERRIDES: &str = "Politiska låsningar och vad de kostar:";

    pub fn override_line(
        kind: &str,
        id: &str,
        reason: Option<&str>,
        cost: Option<String>,
    ) -> String {
        let what = if kind == "must_fund" {
            format!("att tvinga in {id}")
        } else {
            format!("att utesluta {id}")
        };
        let why = reason.map_or_else(String::new, |r| format!(" ({r})"));
        match cost {
            Some(c) => format!("  {what}{why} kostar {c} poäng i total måluppfyllelse"),
            None => format!("  {what}{why}: utan låsningen finns ingen fördelning att jämföra med"),
        }
    }
    pub const CONFLICT_HEADING: &str = "Scenariots villkor kan inte uppfyllas samtidigt:";

    pub fn pot_line(pot: &str, budget: &str, allocated: &str, remaining: &str) -> String {
        format!("  {pot}: budget {budget}, fördelat {allocated}, kvar {remaining}")
    }

    pub fn funded_heading(n: usize) -> String {
        format!("Finansieras ({n}):")
    }

    pub fn not_funded_heading(n: usize) -> String {
        format!("Finansieras inte ({n}):")
    }

    pub const FUNDED_HEADERS: [&str; 7] = [
        "Id",
        "Titel",
        "Stöd",
        "Belopp",
        "Poäng",
        "Beslutas av",
        "Låst",
    ];
    pub const NOT_FUNDED_HEADERS: [&str; 6] = [
        "Id",
        "Titel",
        "Poäng",
        "Skäl",
        "Budget som behövs",
        "Poäng som behövs",
    ];
    pub const LOCKED: &str = "tvingas in";
    pub const VERSUS_RANKING: &str = "Jämfört med rangordning och finansiering uppifrån:";

    pub fn displaced_line(pot: &str, new: &[&str], old: &[&str]) -> String {
        format!(
            "  {pot}: {} finansieras i stället för {}",
            new.join(", "),
            old.join(", ")
        )
    }

    pub fn baseline_missed(limit: &str) -> String {
        format!("  rangordningen uppfyller inte {limit}")
    }

    pub fn reason_name(reason: crate::optimise::Reason) -> &'static str {
        use crate::optimise::Reason;
        match reason {
            Reason::Ineligible => "ej stödberättigad",
            Reason::BelowMinScore => "under lägsta poäng",
            Reason::Excluded => "utesluten",
            Reason::Blocked => "blockerad",
            Reason::CrowdedOut => "undanträngd",
        }
    }

    pub const WHY_HEADING: &str = "Finansiering i scenariot:";
    pub const NO_HIGHS: &str = "HiGHS finns inte i det här bygget; bygg med `cargo build --release --features highs` (kräver cmake och libclang)";

    pub fn form_name(form: Form) -> &'static str {
        match form {
            Form::Konsultstod => "Konsultstöd",
            Form::Mikrobidrag => "Mikrobidrag",
            Form::Innovationsstod => "Innovationsstöd",
            Form::SocialtForetag => "Socialt företag",
            Form::TurismSamverkan => "Samverkande turism",
            Form::Investeringsbidrag => "Investeringsbidrag",
            Form::MiljoEnergi => "Miljö och energi",
            Form::Servicebidrag => "Servicebidrag",
            Form::Hemsandningsbidrag => "Hemsändningsbidrag",
            Form::SarskiltDriftstod => "Särskilt driftstöd",
        }
    }

    pub fn status_name(key: &str) -> &'static str {
        match key {
            "intresseanmalan" => "intresseanmälan",
            "ansokan" => "ansökan",
            "under_beredning" => "under beredning",
            "beviljad" => "beviljad",
            "avslagen" => "avslagen",
            "pagaende" => "pågående",
            _ => "avslutad",
        }
    }
}

/// The optimiser: reasons, limits, conflicts.
pub mod optimise {
    use crate::application::{Application, Support};
    use crate::money::Sek;
    use crate::optimise::model::RowKind;
    use crate::portfolio::Portfolio;

    pub fn no_frame(pot: &str, year: i32) -> String {
        format!(
            "{pot}: beviljade belopp når år {year} men scenariot har ingen planeringsram för det året; året begränsas inte"
        )
    }

    pub fn frame_overcommitted(pot: &str, year: i32, committed: Sek, frame: Sek) -> String {
        format!(
            "{pot} {year}: tidigare åtaganden ({}) överstiger redan planeringsramen ({}); inga nya belopp ryms det året",
            committed.to_short_string(),
            frame.to_short_string()
        )
    }

    pub fn share_dropped(name: &str) -> String {
        format!("begränsningen \"{name}\" gäller ingen stödberättigad ansökan och tas bort")
    }

    pub fn repaired(id: &str, limit: &str) -> String {
        format!(
            "kontrollen i exakta kronor visade att {limit} överskreds; {id} togs bort för att hålla gränsen"
        )
    }

    pub fn still_broken(limit: &str) -> String {
        format!("kontrollen i exakta kronor: {limit} hålls inte")
    }

    /// A row of the model in words.
    pub fn row_name(p: &Portfolio, kind: &RowKind) -> String {
        let s = &p.scenario;
        let named = |k: usize| {
            s.constraints
                .get(k)
                .map_or_else(String::new, |c| format!("\"{}\"", c.name))
        };
        match kind {
            RowKind::Budget(pot) => {
                format!("budgeten för {} {}", pot.name().to_lowercase(), s.year)
            }
            RowKind::Frame(pot, year) => {
                format!("planeringsramen för {} {year}", pot.name().to_lowercase())
            }
            RowKind::Ceiling => "bemyndiganderamen (åtaganden för kommande år)".to_string(),
            RowKind::ShareMin(k) => format!("{} (lägsta andel)", named(*k)),
            RowKind::ShareMax(k) => format!("{} (högsta andel)", named(*k)),
            RowKind::Coverage(k, municipality) => format!("{} ({municipality})", named(*k)),
            RowKind::PerApplicant(k, who) => {
                let name = p
                    .applications
                    .iter()
                    .find(|a| {
                        a.applicant.org_nr.as_deref() == Some(who.as_str())
                            || a.applicant.name == *who
                    })
                    .map_or(who.as_str(), |a| a.applicant.name.as_str());
                format!("{} ({name})", named(*k))
            }
            RowKind::Resource(k) | RowKind::AtMostOne(k) | RowKind::Requires(k) => named(*k),
            RowKind::Blocked(k) => format!("{} (förutsättningen kan inte beviljas)", named(*k)),
            RowKind::Objective => "målvärdet".to_string(),
            RowKind::Cut(_) => "en härledd olikhet".to_string(),
        }
    }

    pub fn lock_name(id: &str) -> String {
        format!("must_fund {id}")
    }

    pub fn locks_exceed(ids: &[&str], total: Sek, limit_name: &str, limit: Option<Sek>) -> String {
        let what = if ids.len() == 1 {
            format!("must_fund {}", ids[0])
        } else {
            format!("must_fund ({})", ids.join(", "))
        };
        match limit {
            Some(l) => format!(
                "{what} summerar till {} men {limit_name} är {}",
                total.to_short_string(),
                l.to_short_string()
            ),
            None => format!(
                "{what} summerar till {} och ryms inte inom {limit_name}",
                total.to_short_string()
            ),
        }
    }

    pub fn cannot_hold_together(names: &[String]) -> String {
        format!("Följande kan inte gälla samtidigt: {}.", names.join("; "))
    }

    pub fn ineligible(rules: &[&str]) -> String {
        format!("Inte stödberättigad: {}.", rules.join("; "))
    }

    pub fn excluded(reason: Option<&str>) -> String {
        match reason {
            Some(r) => format!("Utesluten i scenariot: {r}."),
            None => "Utesluten i scenariot.".to_string(),
        }
    }

    pub fn below_min_score(score: f64, min: f64) -> String {
        format!(
            "Poängen {} är under scenariots lägsta poäng {}.",
            crate::format::sv_number(score, 1),
            crate::format::sv_number(min, 1)
        )
    }

    pub fn no_budget(pot: &str) -> String {
        format!("scenariot har ingen budget för {}", pot.to_lowercase())
    }

    pub fn blocked(names: &[String]) -> String {
        if names.is_empty() {
            "Kan inte finansieras i det här scenariot utan att bryta en regel.".to_string()
        } else {
            format!(
                "Kan inte finansieras i det här scenariot: {} tillåter det inte.",
                names.join(" och ")
            )
        }
    }

    pub fn crowded_out(pot: &str) -> String {
        format!(
            "Stödberättigad men trängs undan: pengarna i {} räcker till ansökningar som tillsammans ger mer måluppfyllelse.",
            pot.to_lowercase()
        )
    }

    pub fn crowded_out_with(pot: &str, budget: Option<Sek>, score: Option<f64>) -> String {
        let mut text = crowded_out(pot);
        match (budget, score) {
            (Some(b), Some(s)) => text.push_str(&format!(
                " Den skulle finansieras om budgeten för {} ökade med {}, eller om poängen vore minst {}.",
                pot.to_lowercase(),
                b.to_kr_string(),
                crate::format::sv_number(s, 2)
            )),
            (Some(b), None) => text.push_str(&format!(" Den skulle finansieras om budgeten för {} ökade med {}.", pot.to_lowercase(), b.to_kr_string())),
            (None, Some(s)) => text.push_str(&format!(" Den skulle finansieras om poängen vore minst {}.", crate::format::sv_number(s, 2))),
            (None, None) => {}
        }
        text
    }

    #[allow(clippy::too_many_arguments)] // One sentence draws on all of them.
    pub fn funded(
        p: &Portfolio,
        app: &Application,
        amount: Sek,
        score: f64,
        rank: usize,
        lock: Option<&Option<String>>,
        displaced: &[usize],
        partial: bool,
    ) -> String {
        let mut text = if amount == app.requested {
            format!(
                "Finansieras med {} (hela det sökta beloppet).",
                amount.to_kr_string()
            )
        } else {
            format!(
                "Finansieras delvis med {} av sökta {}.",
                amount.to_kr_string(),
                app.requested.to_kr_string()
            )
        };
        match lock {
            Some(Some(reason)) => {
                text.push_str(&format!(" Tvingas in av politiskt beslut: {reason}."))
            }
            Some(None) => text.push_str(" Tvingas in av politiskt beslut (must_fund)."),
            None => text.push_str(&format!(
                " Poäng {} – plats {rank} i rangordningen.",
                crate::format::sv_number(score, 1)
            )),
        }
        if !displaced.is_empty() {
            let ids: Vec<&str> = displaced
                .iter()
                .map(|i| p.applications[*i].id.as_str())
                .collect();
            text.push_str(&format!(" Jämfört med rangordningen ger den och de andra nya tillsammans mer än {} som då får stå tillbaka.", ids.join(", ")));
        }
        if partial && amount != app.requested {
            text.push_str(" Resten ryms inte inom budgeten.");
        }
        text
    }

    pub fn support_label(s: Support) -> &'static str {
        s.name()
    }
}

/// Comparing two scenarios.
pub mod compare {
    use crate::compare::Dimension;

    pub const NO_MUNICIPALITY: &str = "ingen kommun angiven";
    pub const UNLINKED: &str = "ej kopplad";
    pub const NO_DIFFERENCE: &str = "Ingen skillnad mellan fördelningarna.";
    pub const LIST_HEADERS: [&str; 3] = ["Id", "Titel", "Belopp"];
    pub const CHANGED_HEADERS: [&str; 4] = ["Id", "Titel", "Före", "Efter"];
    pub const MOVED_HEADERS: [&str; 5] = ["Fördelat per", "Vad", "Före", "Efter", "Skillnad"];
    pub const MOVED: &str = "Så flyttas pengarna:";

    pub fn heading(a: &str, b: &str) -> String {
        format!("Jämförelse: {a} → {b}")
    }

    pub fn objective(a: &str, b: &str, change: &str) -> String {
        format!("Måluppfyllelse: {a} → {b} (skillnad {change})")
    }

    pub fn baseline(a: &str, b: &str) -> String {
        format!("Rangordning och finansiering uppifrån: {a} → {b}")
    }

    pub fn status(a: &str, b: &str) -> String {
        format!("Status: {a} → {b}")
    }

    pub fn entered(n: usize) -> String {
        format!("Tillkommer ({n}):")
    }

    pub fn left(n: usize) -> String {
        format!("Faller bort ({n}):")
    }

    pub fn changed(n: usize) -> String {
        format!("Ändrat belopp ({n}):")
    }

    pub fn dimension(d: Dimension) -> &'static str {
        match d {
            Dimension::Pot => "pott",
            Dimension::Year => "år",
            Dimension::DecisionBody => "beslutsfattare",
            Dimension::Municipality => "kommun",
            Dimension::Malomrade => "målområde i RUS",
        }
    }
}

/// The budget curve.
pub mod sweep {
    pub const HEADERS: [&str; 8] = [
        "Nivå",
        "Budget",
        "Fördelat",
        "Måluppfyllelse",
        "Antal",
        "Status",
        "Tillkommer",
        "Faller bort",
    ];

    pub fn heading(scenario: &str, what: &str) -> String {
        format!("Budgetkurva – {scenario} ({what})")
    }

    pub fn scale(from: &str, to: &str) -> String {
        format!("alla potter skalade {from}–{to} %")
    }

    pub fn pot(pot: &str, from: &str, to: &str) -> String {
        format!("{} från {from} till {to}", pot.to_lowercase())
    }

    pub fn status(key: &str) -> &'static str {
        match key {
            "optimal" => "optimal",
            "feasible" => "ej bevisad",
            "infeasible" => "omöjlig",
            _ => "ingen lösning",
        }
    }

    pub fn bad_level(text: &str) -> String {
        format!("\"{text}\" är ingen procentsats; skriv t.ex. 50 eller 150")
    }

    pub fn bad_amount(text: &str, why: &str) -> String {
        format!("\"{text}\" är inget belopp: {why}")
    }

    pub fn no_such_pot(pot: &str) -> String {
        format!("scenariot har ingen budget för {pot}")
    }
}

/// Stability of the proposal.
pub mod stability {
    use crate::stability::Class;

    pub const HEADERS: [&str; 5] = ["Id", "Titel", "Poäng", "Finansierad i", "Bedömning"];

    pub fn heading(scenario: &str, spread: &str, draws: usize, seed: u64) -> String {
        format!(
            "Stabilitet – {scenario} (vikterna varierade ±{spread}, {draws} dragningar, frö {seed})"
        )
    }

    pub fn class(c: Class) -> &'static str {
        match c {
            Class::Saker => "säker",
            Class::Osaker => "osäker",
            Class::Utanfor => "utanför",
        }
    }

    pub fn summary(safe: usize, unsure: usize, outside: usize) -> String {
        format!(
            "{safe} säkra (finansieras i varje dragning), {unsure} osäkra, {outside} utanför (aldrig)."
        )
    }
}

/// `anslag bench` (a developer's command: its tables are English like docs/performance.md; its
/// messages are Swedish like every other command's).
pub mod bench {
    pub fn unknown_case(case: &str) -> String {
        format!(
            "okänt fall {case}: ange shipped, counterfactuals, synthetic:STORLEK:FRÖ eller mknapcb1:INDEX:FIL (STORLEK, FRÖ och INDEX heltal)"
        )
    }

    pub fn not_a_size(v: &str) -> String {
        format!("{v} är ingen storlek (ett heltal, t.ex. 1000)")
    }

    pub fn not_a_seed(v: &str) -> String {
        format!("{v} är inget frö (ett heltal, t.ex. 1)")
    }

    pub fn not_an_index(v: &str) -> String {
        format!("{v} är inget index (ett heltal från 0)")
    }

    pub fn no_such_instance(index: usize, count: usize) -> String {
        format!(
            "filen har {count} instanser (index 0–{}), inte {index}",
            count.saturating_sub(1)
        )
    }
}

/// Charts: titles, axes and text alternatives.
pub mod charts {
    pub const CANNOT_DRAW: &str = "diagrammet kunde inte ritas";
    pub const NO_POINTS: &str = "budgetkurvan har inga punkter att rita";
    pub const ALL_POTS: &str = "alla potter";
    pub const X_AXIS: &str = "Budget (mkr)";
    pub const Y_AXIS: &str = "Måluppfyllelse (summa poäng)";

    pub fn frontier_title(scenario: &str, what: &str) -> String {
        format!("Budgetkurva – {scenario} ({what})")
    }

    pub fn frontier_description(
        from: &str,
        to: &str,
        low: &str,
        high: &str,
        points: usize,
        entering: usize,
    ) -> String {
        format!(
            "Linjediagram över måluppfyllelsen vid {points} budgetnivåer från {from} till {to}: från {low} till {high} poäng. Fyllda punkter är nivåer där minst en ansökan tillkommer; {entering} ansökningar tillkommer någonstans längs kurvan."
        )
    }

    pub const MKR: &str = "mkr";
    pub const FILE_POTS: &str = "fordelning-per-pott-och-ar.svg";
    pub const FILE_AREAS: &str = "fordelning-per-malomrade.svg";
    pub const FILE_SCORES: &str = "poang-och-belopp.svg";
    pub const REQUESTED_MKR: &str = "Sökt belopp (mkr)";
    pub const SCORE: &str = "Poäng";
    pub const FUNDED: &str = "finansieras";
    pub const NOT_FUNDED: &str = "finansieras inte";

    pub fn by_pot_title(scenario: &str) -> String {
        format!("Fördelat per pott och år – {scenario}")
    }

    pub fn amount_in(pot: &str, year: i32, mkr: &str) -> String {
        format!("{pot} {year}: {mkr} mkr")
    }

    pub fn by_pot_description(parts: &[String]) -> String {
        format!(
            "Stapeldiagram över fördelade belopp per pott och år. {}.",
            parts.join("; ")
        )
    }

    pub fn flows_title(scenario: &str) -> String {
        format!("Från pott till målområde i RUS – {scenario}")
    }

    pub fn flow_part(pot: &str, area: &str, mkr: &str) -> String {
        format!("{pot} → {area}: {mkr} mkr")
    }

    pub fn flows_description(parts: &[String]) -> String {
        format!(
            "Flöde från potterna till RUS målområden; bandens bredd är beloppet (delat efter bidragen till poängen). {}.",
            parts.join("; ")
        )
    }

    pub fn by_area_title(scenario: &str) -> String {
        format!("Fördelat per målområde i RUS – {scenario}")
    }

    pub fn area_amount(area: &str, mkr: &str) -> String {
        format!("{area}: {mkr} mkr")
    }

    pub fn by_area_description(parts: &[String]) -> String {
        format!(
            "Liggande staplar över hur pengarna fördelas på RUS målområden (delat efter bidragen till poängen). {}.",
            parts.join("; ")
        )
    }

    pub fn bubble_title(scenario: &str) -> String {
        format!("Poäng och sökt belopp – {scenario}")
    }

    pub fn bubble_description(n: usize, funded: usize) -> String {
        format!(
            "Punktdiagram med {n} ansökningar: sökt belopp i mkr mot poäng. {funded} finansieras (fyllda punkter), {} gör det inte (ofyllda).",
            n - funded
        )
    }

    pub fn written(path: &str) -> String {
        format!("Diagrammet skrevs till {path}")
    }

    pub fn cannot_write(path: &str, why: &str) -> String {
        format!("kan inte skriva {path}: {why}")
    }
}

/// The web UI (`anslag serve`).
/// Logins, accounts and CSRF (web UI and `anslag user`).
pub mod auth {
    pub const FILE_HEADER: &str = "# Konton för `anslag serve --behind-proxy`: namn och argon2id-hash av lösenordet.\n# Skapas och ändras med `anslag user add NAMN`; skriv inte lösenord här.\n";
    pub const NOT_A_HASH: &str =
        "losenord ska vara en argon2-hash skapad av `anslag user add`, inte ett lösenord";
    pub const PASSWORD_TOO_SHORT: &str = "Lösenordet måste ha minst 12 tecken.";
    pub const PASSWORD_EMPTY: &str = "Inget lösenord lästes från standard in.";
    pub const PROMPT: &str = "Lösenord (minst 12 tecken): ";
    pub const PROMPT_AGAIN: &str = "Samma lösenord igen: ";
    pub const MISMATCH: &str = "Lösenorden var inte lika; inget ändrades.";
    pub const LOGIN_TITLE: &str = "Logga in";
    pub const LOGIN_INTRO: &str =
        "Servern är nåbar för andra, så allt utom den offentliga redovisningen kräver inloggning.";
    pub const USER: &str = "Användarnamn";
    pub const PASSWORD: &str = "Lösenord";
    pub const LOG_IN: &str = "Logga in";
    pub const LOG_OUT: &str = "Logga ut";
    pub const WRONG: &str = "Fel användarnamn eller lösenord.";
    pub const PAUSED: &str =
        "För många misslyckade försök med det här namnet. Vänta en minut och försök igen.";
    pub const ADDRESS_PAUSED: &str =
        "För många misslyckade inloggningar från din adress. Vänta en kvart och försök igen.";
    pub const BUSY: &str =
        "Servern prövar många inloggningar just nu. Vänta några sekunder och försök igen.";

    pub fn no_such_user(name: &str, file: &str) -> String {
        format!("det finns inget konto {name} i {file}")
    }

    pub fn user_removed(name: &str, file: &str) -> String {
        format!("Kontot {name} har tagits bort ur {file}; dess inloggningar gäller inte längre.")
    }
    pub const CSRF: &str = "Formuläret saknar eller har en gammal säkerhetskod (CSRF-skydd). Ladda om sidan och skicka igen; det du skrev sparades inte.";
    pub const LOGIN_NEEDED: &str = "Du måste vara inloggad för att ändra något.";

    pub fn logged_in_as(user: &str) -> String {
        format!("Inloggad som {user}")
    }

    pub fn cannot_read(e: &std::io::Error) -> String {
        format!("kontofilen kan inte läsas: {}", super::os::io_error(e))
    }

    pub fn cannot_write(e: &std::io::Error) -> String {
        format!("kontofilen kan inte skrivas: {}", super::os::io_error(e))
    }

    pub fn duplicate(name: &str) -> String {
        format!("kontot {name} finns redan tidigare i filen")
    }

    pub fn bad_name(name: &str) -> String {
        format!(
            "”{name}” kan inte vara ett användarnamn: 1–64 bokstäver, siffror, punkt, understreck eller bindestreck"
        )
    }

    pub fn user_added(name: &str, file: &str) -> String {
        format!("Kontot {name} har lagts till i {file}.")
    }

    pub fn user_changed(name: &str, file: &str) -> String {
        format!("Lösenordet för {name} har bytts i {file}.")
    }

    pub fn no_accounts(file: &str) -> String {
        format!("Inga konton i {file}: ingen kan logga in. Skapa ett med `anslag user add NAMN`.")
    }
}

pub mod web {
    use crate::money::Sek;

    pub const APP_NAME: &str = "anslag";
    pub const APP_SUBTITLE: &str = "prioritering av 1:1-anslaget Regionala tillväxtåtgärder";
    pub const SKIP_TO_CONTENT: &str = "Hoppa till innehållet";
    pub const MAIN_MENU: &str = "Huvudmeny";
    pub const SCENARIO: &str = "Scenario";
    pub const SHOW: &str = "Visa";
    pub const FOOTER: &str = "Förslagen är beslutsunderlag. Beslut fattas av Regionstyrelsen, Regionala utvecklingsnämnden eller enligt delegation.";
    pub const BACK_TO_OVERVIEW: &str = "Till översikten";
    pub const BACK_TO_LIST: &str = "← Tillbaka till ansökningarna";
    pub const CHART_FAILED: &str = "Diagrammet kunde inte ritas; siffrorna finns i tabellerna.";
    pub const RELOAD: &str = "Ladda om sidan";

    pub const NAV_OVERVIEW: &str = "Översikt";
    pub const NAV_APPLICATIONS: &str = "Ansökningar";
    pub const NAV_STRATEGY: &str = "Strategi";
    pub const NAV_SCENARIOS: &str = "Scenarier";
    pub const NAV_COMPARE: &str = "Jämför";
    pub const NAV_FRONTIER: &str = "Budgetkurva";
    pub const NAV_MEMO: &str = "Beslutsunderlag";
    pub const NAV_PUBLIC: &str = "Så fördelas 1:1-anslaget";
    pub const NAV_ACCESSIBILITY: &str = "Tillgänglighetsredogörelse";

    // Errors.
    pub const ERR_BAD_REQUEST: &str = "Felaktig begäran";
    pub const ERR_NOT_FOUND: &str = "Sidan finns inte";
    pub const ERR_FORBIDDEN: &str = "Inte tillåtet";
    pub const ERR_TIMEOUT: &str = "Beräkningen tog för lång tid";
    pub const ERR_TIMEOUT_TEXT: &str = "Beräkningen hann inte bli klar inom tidsgränsen. Försök igen, eller förenkla scenariot (färre låsningar eller begränsningar).";
    pub const XLSX: &str = "Excel (XLSX)";
    pub const CSV: &str = "CSV för svenskt Excel";
    pub const DOWNLOAD_RANKING: &str = "Ladda ner rangordningen";
    pub const DOWNLOAD_PROPOSAL: &str = "Ladda ner förslaget med skäl";
    pub const DOWNLOAD_COMPARISON: &str = "Ladda ner jämförelsen";

    pub fn unknown_download(file: &str) -> String {
        format!(
            "Det finns ingen fil ”{file}” att ladda ner. Filerna är rangordning, forslag och jamforelse, som .xlsx eller .csv."
        )
    }

    pub const OVERLAY_HEADER: &str = "# Bedömningar från beredningsmötet, sparade i webbgränssnittet (anslag serve).\n# Läggs över ansökningsfilen när den läses in: varje post ersätter de delar den anger\n# för sin ansökan. Historiken finns i loggen bredvid; den förra versionen i .forra.\n";
    pub const AUDIT_HEADER: [&str; 5] = ["tid", "vem", "ansökan", "ändring", "skäl"];
    pub const ASSESS_HEADING: &str = "Ändra bedömningen";
    pub const ASSESS_INTRO: &str = "Ändringarna sparas i en egen fil bredvid ansökningarna (ansökningsfilen skrivs aldrig om), med vem, när och varför i en logg. Om någon annan har sparat under tiden tas din ändring inte emot förrän du sett deras.";
    pub const ASSESS_LINKS: &str = "Strategikopplingar (nod och betyg 0–3)";
    pub const ASSESS_AGENDA: &str = "Agenda 2030 (mål och betyg 0–3)";
    pub const ASSESS_CRITERIA: &str = "Kvalitetskriterier (kriterium och betyg 0–3)";
    pub const ASSESS_STATUS: &str = "Status i ärendet";
    pub const ASSESS_WHO: &str = "Ditt namn";
    pub const ASSESS_WHY: &str = "Skäl till ändringen";
    pub const ASSESS_HINT: &str = "Skriv t.ex. kpv.matchning 3, apv.energi 2 – eller 4: 3, 8: 2 för globala mål. En tom ruta tar bort alla betyg av det slaget.";
    pub const ASSESS_SAVE: &str = "Spara bedömningen";
    pub const ASSESS_SAVED: &str = "Bedömningen sparades. Poäng och förslag är räknade på nytt.";
    pub const ASSESS_WHO_MISSING: &str = "Skriv ditt namn, så att loggen visar vem som ändrade.";
    pub const ASSESS_WHY_MISSING: &str = "Skriv ett skäl till ändringen.";
    pub const ASSESS_CONFLICT: &str = "Någon annan har ändrat";
    pub const ASSESS_NOTHING: &str = "Inget har ändrats jämfört med det som redan gäller.";

    pub fn in_scenario(scenario: &str, message: &str) -> String {
        format!("I scenariot {scenario}: {message}")
    }

    pub fn assess_conflict(id: &str) -> String {
        format!(
            "Bedömningarna har sparats av någon annan sedan du öppnade sidan. Din ändring av {id} sparades inte, så att deras inte skrivs över. Nedan står det som gäller nu; dina ändringar finns kvar i formuläret – kontrollera och spara igen."
        )
    }

    pub const ERR_METHOD: &str = "Fel slags begäran";
    pub const ERR_METHOD_TEXT: &str = "Adressen tar inte emot den här sortens begäran. Använd länkarna och formulären på sidorna.";
    pub const BAD_PATH: &str = "Adressen innehåller tecken som inte kan läsas (ogiltig UTF-8).";
    pub const ERR_TOO_LARGE: &str = "För stort formulär";
    pub const ERR_TOO_LARGE_TEXT: &str =
        "Formuläret är större än servern tar emot (256 kB). Korta ned texterna och försök igen.";
    pub const BAD_BODY: &str = "Formuläret kunde inte läsas (det är inte text i UTF-8).";
    pub const ERR_SLOW: &str = "Formuläret kom inte fram i tid";
    pub const ERR_SLOW_TEXT: &str = "Det tog för lång tid att ta emot det som skickades. Gå tillbaka i webbläsaren och skicka igen; ingenting sparades.";
    pub const ERR_HOST: &str = "Okänt namn på servern";
    pub const ERR_HOST_TEXT: &str = "Servern svarar bara under sina egna namn (127.0.0.1 och localhost, och de namn den startades med genom --host). Öppna den under något av dem.";
    pub const ERR_BUSY: &str = "Servern är upptagen";
    pub const ERR_BUSY_TEXT: &str = "Många beräkningar pågår just nu. Vänta en stund och försök igen; inget av det du skrev har försvunnit – gå tillbaka i webbläsaren.";
    pub const ERR_INTERNAL: &str = "Något gick fel";
    pub const ERR_INTERNAL_TEXT: &str = "Ett oväntat fel inträffade i servern. Inget har sparats. Felet är loggat; försök igen eller kontakta den som driver tjänsten.";
    pub const ERR_NO_PAGE: &str =
        "Det finns ingen sida med den adressen. Använd menyn för att hitta rätt.";
    pub const TOO_MANY_FIELDS: &str = "Begäran innehåller för många fält.";
    pub const SAVE_NOT_ALLOWED: &str = "Scenarier kan bara sparas när servern lyssnar på den egna datorn (127.0.0.1). Inloggning för en delad server kommer i en senare version.";
    pub const CROSS_SITE: &str = "Formuläret skickades från en annan webbplats och togs inte emot. Spara från sidan Scenarier i anslag.";
    pub const SAVE_NAME_MISSING: &str =
        "Ge scenariot ett namn: en rad text, högst 200 tecken, utan tabbar eller radbrytningar.";
    pub const SAVE_FILE_BAD: &str = "Filnamnet får bara innehålla små bokstäver a–z, siffror och bindestreck och ska börja och sluta med en bokstav eller siffra (högst 60 tecken), t.ex. budget-plus-5.";
    pub const FORM_SOURCE: &str = "formuläret";

    pub fn value_too_long(field: &str) -> String {
        format!("Fältet ”{field}” är för långt.")
    }

    pub fn control_characters(field: &str) -> String {
        format!("Fältet ”{field}” innehåller otillåtna styrtecken.")
    }

    pub fn bad_choice(label: &str, got: &str, allowed: &[&str]) -> String {
        format!(
            "{label}: ”{got}” är inget giltigt val. Giltiga val: {}.",
            allowed.join(", ")
        )
    }

    pub fn bad_number(label: &str, got: &str, min: i64, max: i64) -> String {
        format!("{label}: ”{got}” är inget heltal mellan {min} och {max}.")
    }

    pub fn unknown_value(label: &str, got: &str) -> String {
        format!("{label}: ”{got}” finns inte bland valen.")
    }

    pub fn unknown_scenario(key: &str, keys: &[String]) -> String {
        format!(
            "Det finns inget scenario ”{key}”. Scenarier som finns: {}.",
            keys.join(", ")
        )
    }

    pub fn unknown_application(id: &str, hint: &str) -> String {
        format!("Det finns ingen ansökan ”{id}”{hint}.")
    }

    pub fn no_scenarios_folder(path: &str, why: &str) -> String {
        format!(
            "kan inte läsa mappen {path}: {why}; ange datamappen med --data (den som innehåller scenarios/ och strategies/)"
        )
    }

    pub fn loading(data: &str) -> String {
        format!("Läser in och optimerar scenarierna i {data} …")
    }

    pub fn listening(addr: &str, access: crate::web::Access) -> String {
        if access.login() {
            format!(
                "anslag lyssnar på http://{addr} bakom en TLS-proxy: allt utom den offentliga vyn kräver inloggning (konton i konton.yaml). Avsluta med Ctrl-C."
            )
        } else if access.public_only() {
            format!(
                "anslag visar den offentliga vyn på http://{addr} (bara beslutade stöd). Redigering och resten kräver inloggning: kör bakom en TLS-proxy med --behind-proxy. Avsluta med Ctrl-C."
            )
        } else {
            format!(
                "anslag är igång på http://{addr} – öppna adressen i en webbläsare. Avsluta med Ctrl-C."
            )
        }
    }

    pub const LOAD_FAILED: &str = "datan kunde inte läsas in (ett internt fel); kör `anslag validate` för att se om något är fel i filerna";

    pub fn cannot_listen(addr: &str, why: &str) -> String {
        format!("kan inte lyssna på {addr}: {why}; välj en annan port med --bind 127.0.0.1:8081")
    }

    pub fn no_scenarios(path: &str) -> String {
        format!("inga scenarier kunde läsas under {path}; kör `anslag validate` för att se felen")
    }

    // Shared words.
    pub const ALL: &str = "Alla";
    pub const POT: &str = "Pott";
    pub const YEAR: &str = "År";
    pub const BUDGET: &str = "Budget";
    pub const FRAME: &str = "Ram";
    pub const COMMITTED: &str = "Tidigare åtaganden";
    pub const PROPOSED: &str = "Föreslaget";
    pub const REMAINING: &str = "Kvar";
    pub const AMOUNT: &str = "Belopp";
    pub const COUNT: &str = "Antal";
    pub const DECISION_BODY: &str = "Beslutsfattare";
    pub const STATUS: &str = "Status";
    pub const OBJECTIVE: &str = "Total måluppfyllelse (målfunktion)";
    pub const BASELINE_OBJECTIVE: &str = "Målfunktion om man finansierar uppifrån i rangordningen";
    pub const BASE_OBJECTIVE: &str = "Målfunktion i utgångsscenariot";
    pub const FUNDED_COUNT: &str = "Ansökningar som föreslås";
    pub const CANDIDATES: &str = "Ansökningar att pröva";
    pub const TOTAL_BUDGET: &str = "Budget i potterna";
    pub const FUNDED: &str = "Föreslås:";
    pub const NOT_FUNDED: &str = "Föreslås inte";
    pub const REASON: &str = "Motivering";
    pub const WHAT: &str = "Vad";
    pub const BEFORE: &str = "Före (A)";
    pub const AFTER: &str = "Efter (B)";
    pub const CHANGE: &str = "Förändring";
    pub const AREA: &str = "Målområde";
    pub const PRIORITISED: &str = "prioriterat i RUS";
    pub const MEASURE: &str = "Mått";

    pub const STATUS_OPTIMAL: &str = "Förslaget är bevisat optimalt: ingen annan fördelning inom budgeten och villkoren ger högre total måluppfyllelse.";
    pub const STATUS_NO_SOLUTION: &str =
        "Tidsgränsen nåddes innan någon fördelning hittades. Försök med längre tidsgräns.";

    pub fn status_feasible(gap: &str) -> String {
        format!(
            "Förslaget håller budgeten och villkoren men är inte bevisat optimalt: det kan finnas en fördelning som är högst {gap} bättre."
        )
    }

    pub fn status_infeasible(summary: &str) -> String {
        format!("Scenariot går inte att uppfylla: {summary}")
    }

    // Översikt.
    pub fn overview_title(scenario: &str) -> String {
        format!("Översikt – {scenario}")
    }

    pub fn gain_sentence(gain: &str, baseline_count: usize) -> String {
        format!(
            "Jämfört med att finansiera i rangordning tills pengarna tar slut ({baseline_count} ansökningar) ger förslaget {gain} poäng mer i total måluppfyllelse."
        )
    }

    pub const BUDGET_HEADING: &str = "Budget per pott";
    pub const PAYMENTS_HEADING: &str = "Utbetalningar per år";
    pub const PROPOSED_PAYMENTS: &str = "Föreslagna utbetalningar";
    pub const FRAME_REMAINING: &str = "Kvar av ramen";
    pub const NO_FRAME: &str = "ur årets budget";

    pub fn budget_caption(year: i32) -> String {
        format!(
            "Vad som beviljas {year}, alla år räknade: potternas budget, förslaget och vad som blir kvar"
        )
    }

    pub fn payments_caption(year: i32) -> String {
        format!(
            "Utbetalningar per pott och år: {year} betalas ur årets budget, senare år ryms inom planeringsramarna tillsammans med tidigare åtaganden"
        )
    }

    pub const BODIES_HEADING: &str = "Vem beslutar";
    pub const BODIES_CAPTION: &str = "Föreslagna ansökningar per beslutsfattare";
    pub const NOTHING_FUNDED: &str = "Inget föreslås.";
    pub const PICTURES_HEADING: &str = "Bilder";
    pub const SEE_APPLICATIONS: &str = "Se alla ansökningar";
    pub const SEE_MEMO: &str = "Beslutsunderlaget för utskrift";
    pub const WARNINGS_HEADING: &str = "Att observera";
    pub const BROKEN_SCENARIOS: &str = "Scenariofiler som inte kunde läsas";

    // Ansökningar.
    pub fn applications_title(scenario: &str) -> String {
        format!("Ansökningar – {scenario}")
    }

    pub fn ranking_caption(scenario: &str) -> String {
        format!("Ansökningarna i {scenario}, med förslaget från optimeringen")
    }

    pub const COL_RANK: &str = "Rang";
    pub const COL_ID: &str = "Diarienummer";
    pub const COL_TITLE: &str = "Projekt och sökande";
    pub const COL_SUPPORT: &str = "Stöd";
    pub const COL_MUNICIPALITY: &str = "Kommun";
    pub const COL_REQUESTED: &str = "Sökt belopp";
    pub const COL_SCORE: &str = "Poäng";
    pub const COL_DECISION_BODY: &str = "Beslutas av";
    pub const COL_PROPOSAL: &str = "Förslag";
    pub const COL_DECIDED: &str = "Beslutsdatum";
    pub const COL_GRANTED: &str = "Beviljat belopp";
    pub const F_POT: &str = "Pott";
    pub const F_FORM: &str = "Stödform";
    pub const F_MUNICIPALITY: &str = "Kommun";
    pub const F_STATUS: &str = "Status i ärendet";
    pub const F_PROPOSAL: &str = "Förslag";
    pub const F_BODY: &str = "Beslutas av";
    pub const F_NODE: &str = "Bidrar tydligt till (betyg 2–3)";
    pub const F_GOAL: &str = "Globalt mål (betyg 2–3)";
    pub const F_TEXT: &str = "Fritext";
    pub const F_SORT: &str = "Sortering";
    pub const F_ORDER: &str = "Ordning";
    pub const PROPOSAL_YES: &str = "Föreslås";
    pub const PROPOSAL_NO: &str = "Föreslås inte";
    pub const FILTER_LEGEND: &str = "Filtrera";
    pub const FILTER_BUTTON: &str = "Filtrera";
    pub const CLEAR_FILTERS: &str = "Rensa filter";

    pub fn showing(shown: usize, total: usize) -> String {
        format!("Visar {shown} av {total} ansökningar.")
    }

    pub fn sort_hint(label: &str) -> String {
        format!(" (sortera efter {})", label.to_lowercase())
    }

    // Ansökan.
    pub const SCORE_HEADING: &str = "Poäng";
    pub const PATH: &str = "Väg genom strategidokumenten";
    pub const RATING: &str = "Betyg";
    pub const POINTS: &str = "Poäng";
    pub const RULES_HEADING: &str = "Riktlinjens regler";
    pub const ELIGIBLE_YES: &str = "Stödberättigad: alla regler som kan prövas här är uppfyllda.";
    pub const ELIGIBLE_NO: &str = "Inte stödberättigad:";
    pub const WHY_HEADING: &str = "Förslaget och varför";
    pub const BLOCKED_BY: &str = "Stoppas av:";
    pub const COUNTERFACTUALS_PENDING: &str = "Vilken budget eller poäng som skulle ge ansökan pengar beräknas just nu i bakgrunden. Ladda om sidan om en halv minut.";
    pub const COUNTERFACTUALS_OFF: &str = "Vilken budget eller poäng som skulle ge ansökan pengar beräknas inte på den här servern; kör `anslag explain` för det.";

    pub fn applicant_type(key: &str) -> String {
        key.replace('_', " ")
    }

    pub fn lines_caption(part: &str) -> String {
        format!("{part}: vägar, betyg och poäng")
    }

    pub fn rules_period(period: &str) -> String {
        format!("Regler som gäller: {period}.")
    }

    pub fn must_fund_reason(reason: &str) -> String {
        format!("Politiskt beslut: {reason}")
    }

    // Strategi.
    pub fn strategy_title(name: &str) -> String {
        format!("Strategi – {name}")
    }

    pub const STRATEGY_INTRO: &str = "Hierarkin från den regionala utvecklingsstrategin (RUS) via målområden och delmål till planernas mål och aktiviteter. Vid varje nod: hur många ansökningar som bidrar till den (betyg 1–3 på noden eller under den), hur många av dem som föreslås, och deras sammanlagda belopp. En ansökan som bidrar till flera noder räknas vid var och en; fördelningen per målområde nedan delar i stället pengarna efter bidragen till poängen och summerar till det föreslagna.";
    pub const SPLIT_CAPTION: &str =
        "Föreslagna pengar per målområde i RUS, delade efter bidragen till poängen";
    pub const TREE_HEADING: &str = "Hierarkin";
    pub const PLANS_HEADING: &str = "Planer och deras mål";
    pub const SHOWN_ABOVE: &str = "(underliggande noder visas ovan)";

    pub fn flow(serving: usize, funded: usize, amount: &str) -> String {
        format!("– {serving} ansökningar bidrar, {funded} föreslås, {amount}")
    }

    pub fn also_under(parents: &str) -> String {
        format!("(tjänar: {parents})")
    }

    // Scenarier.
    pub fn scenarios_title(scenario: &str) -> String {
        format!("Scenarier – utgår från {scenario}")
    }

    pub const SCENARIOS_INTRO: &str = "Ändra budget, vikter, lägsta poäng och politiska låsningar och se den nya fördelningen och skillnaden mot utgångsscenariot. Inget sparas förrän du väljer att spara.";
    pub const BUDGETS_LEGEND: &str = "Budget per pott";
    pub const BUDGET_HINT: &str = "Skriv beloppen som 18,4 mkr, 850 tkr eller 18 400 000.";
    pub const WEIGHTS_LEGEND: &str = "Vikter för poängens delar";
    pub const WEIGHTS_HINT: &str =
        "Vikterna räknas om så att de summerar till 1; skriv t.ex. 0,5, 0,2 och 0,3.";
    pub const AREAS_LEGEND: &str = "Vikter för RUS målområden";
    pub const AREAS_HINT: &str = "Vikten jämförs med de andra målområdena: 2 betyder dubbelt så viktigt som ett målområde med vikten 1.";
    pub const RULES_LEGEND: &str = "Lägsta poäng och målfunktion";
    pub const MIN_SCORE_LABEL: &str = "Lägsta poäng (0–100, tomt = ingen gräns)";
    pub const OBJECTIVE_LABEL: &str = "Vad som maximeras";
    pub const OBJECTIVE_SCORE: &str = "Summan av poäng för finansierade ansökningar";
    pub const OBJECTIVE_VALUE: &str = "Poäng gånger beviljat belopp (värde)";
    pub const LOCKS_LEGEND: &str = "Politiska låsningar";
    pub const LOCKS_HINT: &str = "En ansökan per rad: diarienumret först, sedan skälet. Exempel: 2021-0001 Regionstyrelsens beslut 2021-03-09 §6";
    pub const MUST_FUND_LABEL: &str = "Ska finansieras (must_fund)";
    pub const EXCLUDE_LABEL: &str = "Ska inte finansieras (exclude)";
    pub const SIMULATE: &str = "Beräkna ny fördelning";
    pub const RESET_FORM: &str = "Börja om från scenariot";
    pub const FORM_ERRORS: &str = "Rätta följande och beräkna igen";
    pub const RESULT_HEADING: &str = "Den nya fördelningen";
    pub const OVERRIDES_HEADING: &str = "Vad de politiska låsningarna kostar";
    pub const DIFF_HEADING: &str = "Skillnad mot utgångsscenariot";
    pub const NO_DIFFERENCE: &str = "Ingen skillnad: samma ansökningar med samma belopp.";
    pub const ENTERED: &str = "Tillkommer";
    pub const LEFT: &str = "Faller bort";
    pub const CHANGED: &str = "Ändrat belopp";
    pub const MOVED_BY_POT: &str = "Per pott";
    pub const MOVED_BY_YEAR: &str = "Per år";
    pub const MOVED_BY_BODY: &str = "Per beslutsfattare";
    pub const MOVED_BY_MUNICIPALITY: &str = "Per kommun";
    pub const MOVED_BY_AREA: &str = "Per målområde i RUS";
    pub fn prove_link(seconds: f64) -> String {
        format!(
            "Räkna tills förslaget är bevisat optimalt (kan ta upp till {} sekunder)",
            crate::format::sv_number(seconds, 0)
        )
    }

    pub const SAVE_HEADING: &str = "Spara som nytt scenario";
    pub const SAVE_NAME: &str = "Scenariots namn";
    pub const SAVE_FILE: &str = "Filnamn";
    pub const SAVE_FILE_HINT: &str = "Små bokstäver a–z, siffror och bindestreck; sparas som .yaml i samma mapp som utgångsscenariot, som det ärver från. En befintlig fil skrivs aldrig över.";
    pub const SAVE_BUTTON: &str = "Spara scenariot";

    pub fn budget_missing(pot: &str) -> String {
        format!("Ange en budget för {pot}.")
    }

    pub fn budget_whole(pot: &str) -> String {
        format!("Budgeten för {pot} ska vara hela kronor.")
    }

    pub fn bad_amount(pot: &str, text: &str, why: &str) -> String {
        format!("Budgeten för {pot}: ”{text}” går inte att läsa ({why}).")
    }

    pub fn bad_weight(part: &str, text: &str) -> String {
        format!("Vikten för {part}: ”{text}” är inget tal mellan 0 och 1 000.")
    }

    pub fn bad_min_score(text: &str) -> String {
        format!("Lägsta poäng: ”{text}” är inget tal mellan 0 och 100.")
    }

    pub fn lock_twice(id: &str) -> String {
        format!("{id} står två gånger.")
    }

    pub fn too_many_locks(max: usize) -> String {
        format!("Högst {max} låsningar av varje slag.")
    }

    pub fn file_exists(name: &str) -> String {
        format!("Det finns redan en fil {name}; välj ett annat filnamn. Inget har skrivits över.")
    }

    /// The saved scenario's opening comment (written as comment lines by the YAML writer).
    pub fn saved_comment(base: &str) -> String {
        format!(
            "Sparat från webbgränssnittet (sidan Scenarier), utgår från {base}.\nLåsningarna skrivs i sin helhet: unlock tar bort utgångsscenariots, must_fund och exclude anger de nya."
        )
    }

    pub fn override_price(
        id: &str,
        kind: &str,
        cost: Option<&str>,
        reason: Option<&str>,
    ) -> String {
        let what = if kind == "must_fund" {
            format!("Att tvinga in {id}")
        } else {
            format!("Att utesluta {id}")
        };
        let price = match cost {
            Some(c) => format!("kostar {c} poäng i total måluppfyllelse"),
            None => "kan inte prissättas (scenariot utan låsningen saknar lösning)".to_string(),
        };
        match reason {
            Some(r) => format!("{what} {price}. Skäl: {r}"),
            None => format!("{what} {price}."),
        }
    }

    // Jämför.
    pub fn compare_title(a: &str, b: &str) -> String {
        format!("Jämför {a} och {b}")
    }

    pub const COMPARE_LEGEND: &str = "Välj två scenarier";
    pub const SCENARIO_A: &str = "Scenario A (före)";
    pub const SCENARIO_B: &str = "Scenario B (efter)";
    pub const COMPARE_BUTTON: &str = "Jämför";
    pub const COMPARE_SUMMARY: &str = "Scenarierna sida vid sida";

    // Budgetkurva.
    pub fn frontier_title(scenario: &str) -> String {
        format!("Budgetkurva – {scenario}")
    }

    pub const FRONTIER_INTRO: &str = "Den effektiva fronten: den bästa möjliga totala måluppfyllelsen när alla potters budget skalas från 50 till 150 procent av scenariots. Där kurvan planar ut ger mer pengar lite.";
    pub const FRONTIER_PENDING: &str = "Budgetkurvan beräknas just nu i bakgrunden (21 optimeringar). Ladda om sidan om en halv minut.";
    pub const FRONTIER_OFF: &str =
        "Budgetkurvan beräknas inte på den här servern; kör `anslag sweep` för den.";
    pub const FRONTIER_TABLE: &str = "Optimum vid varje budgetnivå";
    pub const LEVEL: &str = "Nivå";
    pub const ENTRIES_HEADING: &str = "När ansökningar kommer in och faller bort";
    pub const ENTRIES_CAPTION: &str =
        "Budget (alla potter) där ansökan kommer in i eller faller ur det optimala förslaget";
    pub const NO_ENTRIES: &str = "Samma ansökningar föreslås vid alla nivåer.";
    pub const ENTERS_AT: &str = "Kommer in vid";
    pub const LEAVES_AT: &str = "Faller bort vid";

    // Beslutsunderlag.
    pub fn memo_title(scenario: &str) -> String {
        format!("Beslutsunderlag – {scenario}")
    }

    pub fn memo_printed(scenario: &str) -> String {
        format!(
            "Beslutsunderlag för 1:1-anslaget Regionala tillväxtåtgärder, scenario {scenario}. Framtaget med anslag."
        )
    }

    pub const SUMMARY_HEADING: &str = "Sammanfattning";
    pub const PER_POT_CAPTION: &str = "Budget och förslag per pott, beslutsåret";
    pub const PROPOSAL_HEADING: &str = "Förslaget per beslutsfattare";
    pub const NOT_PROPOSED_HEADING: &str = "Ansökningar som inte föreslås";

    pub fn memo_summary(total: &str, budget: &str, n: usize, year: i32) -> String {
        format!("Förslaget fördelar {total} av potternas {budget} för {year} på {n} ansökningar.")
    }

    pub fn count_and_sum(n: usize, sum: &str) -> String {
        format!("{n} ansökningar, {sum}")
    }

    pub fn proposal_caption(body: &str) -> String {
        format!("Föreslagna ansökningar som beslutas av {body}")
    }

    /// The memo's two sentences about a funded application: what it gets, and why.
    pub fn memo_reason(
        amount: Sek,
        requested: Sek,
        score: &str,
        rank: Option<usize>,
        top: Option<&str>,
        lock: Option<&Option<String>>,
    ) -> String {
        let first = if amount == requested {
            format!(
                "Föreslås få hela det sökta beloppet, {}.",
                amount.to_kr_string()
            )
        } else {
            format!(
                "Föreslås få {} av sökta {}.",
                amount.to_kr_string(),
                requested.to_kr_string()
            )
        };
        let second = match (lock, top, rank) {
            (Some(Some(reason)), _, _) => format!("Tvingas in av politiskt beslut: {reason}."),
            (Some(None), _, _) => "Tvingas in av politiskt beslut.".to_string(),
            (None, Some(path), Some(r)) => {
                format!("Får {score} poäng (plats {r}) och bidrar mest till {path}.")
            }
            (None, Some(path), None) => format!("Får {score} poäng och bidrar mest till {path}."),
            (None, None, Some(r)) => format!("Får {score} poäng (plats {r})."),
            (None, None, None) => format!("Får {score} poäng."),
        };
        format!("{first} {second}")
    }

    // Offentlig vy.
    pub const PUBLIC_TITLE: &str = "Så fördelas 1:1-anslaget";
    pub const PUBLIC_INTRO: &str = "Här visas de stöd ur anslaget 1:1 Regionala tillväxtåtgärder som regionen har beviljat. Ansökningar som ännu inte är beslutade visas inte, eftersom de kan innehålla företags uppgifter som omfattas av sekretess.";
    pub const PUBLIC_CAPTION: &str = "Beviljade stöd";

    pub fn public_count(n: usize, total: &str) -> String {
        format!("{n} beviljade stöd, sammanlagt {total}.")
    }

    // Tillgänglighetsredogörelse.
    pub const A11Y_TITLE: &str = "Tillgänglighetsredogörelse";
    pub const A11Y_SECTIONS: &[(&str, &[&str])] = &[
        (
            "Tillgänglighet för anslag",
            &[
                "Regionen står bakom den här tjänsten. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem så att vi kan åtgärda dem.",
            ],
        ),
        (
            "Hur tillgänglig är tjänsten?",
            &[
                "Vi bedömer att tjänsten helt uppfyller kraven i WCAG 2.1 nivå AA. Varje sida kontrolleras automatiskt med verktyget axe-core i en riktig webbläsare innan en ny version släpps, och sidorna är byggda för att fungera utan JavaScript, med tangentbord och med skärmläsare.",
                "Diagrammen har en textbeskrivning, och samma siffror finns alltid i tabeller på sidan.",
            ],
        ),
        (
            "Kända brister",
            &[
                "Automatiska kontroller hittar inte alla brister. Tjänsten har ännu inte granskats manuellt av en extern granskare eller testats av användare med olika funktionsnedsättningar.",
                "Strategihierarkin visas som en nästlad lista och inte som en ritad bild; det är ett medvetet val för att den ska fungera med skärmläsare.",
            ],
        ),
        (
            "Vad kan du göra om du inte kan använda delar av tjänsten?",
            &[
                "Kontakta regionens handläggare för 1:1-medel så får du informationen på annat sätt. Beslutsunderlaget kan alltid skrivas ut eller fås som fil.",
            ],
        ),
        (
            "Rapportera brister",
            &[
                "Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, meddela regionen så att vi får veta att problemet finns.",
            ],
        ),
        (
            "Tillsyn",
            &[
                "Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det.",
            ],
        ),
        (
            "Hur vi testat tjänsten",
            &[
                "Tjänsten testas automatiskt med axe-core mot WCAG 2.1 A och AA på varje sida vid varje ändring (se .ci/run och tests/browser i källkoden). Redogörelsen uppdaterades den 27 november 2026.",
            ],
        ),
    ];
}

/// Spreadsheet exports: column headings and sheet names.
pub mod export {
    pub const RANKING_SHEET: &str = "Rangordning";
    pub const PROPOSAL_SHEET: &str = "Förslag";
    pub const POTS_SHEET: &str = "Per pott";
    pub const CHANGES_SHEET: &str = "Ansökningar";
    pub const MOVED_SHEET: &str = "Flyttade belopp";
    pub const RANK: &str = "Rang";
    pub const ID: &str = "Diarienummer";
    pub const TITLE: &str = "Projektnamn";
    pub const APPLICANT: &str = "Sökande";
    pub const ORG_NR: &str = "Organisationsnummer";
    pub const SUPPORT: &str = "Stöd";
    pub const FORM: &str = "Stödform";
    pub const MUNICIPALITIES: &str = "Kommun";
    pub const REQUESTED: &str = "Sökt belopp";
    pub const SCORE: &str = "Poäng";
    pub const ALIGNMENT: &str = "Strategisk förankring";
    pub const AGENDA: &str = "Agenda 2030";
    pub const QUALITY: &str = "Kvalitet";
    pub const ELIGIBLE: &str = "Stödberättigad";
    pub const PROBLEMS: &str = "Regler som inte uppfylls";
    pub const DECISION_BODY: &str = "Beslutas av";
    pub const PROPOSAL: &str = "Föreslås";
    pub const GRANTED: &str = "Föreslaget belopp";
    pub const REASON: &str = "Skäl";
    pub const EXPLANATION: &str = "Motivering";
    pub const BUDGET_NEEDED: &str = "Budgetökning som skulle räcka";
    pub const SCORE_NEEDED: &str = "Poäng som skulle räcka";
    pub const POT: &str = "Pott";
    pub const BUDGET: &str = "Budget";
    pub const ALLOCATED: &str = "Föreslaget";
    pub const REMAINING: &str = "Kvar";
    pub const CHANGE: &str = "Förändring";
    /// The heading of a comparison's amount column: which scenario it is.
    pub fn amount_in(letter: &str, scenario: &str) -> String {
        format!("Belopp {letter} – {scenario}")
    }
    pub const DIFFERENCE: &str = "Skillnad";
    pub const DIMENSION: &str = "Uppdelning";
    pub const WHAT: &str = "Vad";
    pub const ENTERED: &str = "Tillkommer";
    pub const LEFT: &str = "Faller bort";
    pub const CHANGED: &str = "Ändrat belopp";
    pub const YES: &str = "Ja";
    pub const NO: &str = "Nej";

    pub fn written(path: &str, rows: usize) -> String {
        format!("Skrev {path} ({rows} rader).")
    }

    pub fn cannot_write(path: &str, why: &str) -> String {
        format!("kan inte skriva {path}: {why}")
    }

    pub const COMPARISON_NEEDS_WITH: &str = "--what comparison behöver ett andra scenario att jämföra med: --with scenarios/2021/budget-minus-10.yaml";
    pub const CSV_ONE_SHEET: &str =
        "CSV rymmer en tabell; den första skrivs (XLSX får alla flikar).";
}

/// `anslag import`: spreadsheets in.
pub mod import {
    pub const NO_HEADER: &str =
        "rad 1 är tom; den första raden ska vara rubrikerna (Diarienummer, Projektnamn, …)";
    pub const MAPPING_NOT_MAP: &str =
        "kolumner ska vara en tabell: dokumenterad rubrik → rubriken i filen";
    pub const MAPPING_NOT_TEXT: &str = "rubriken i filen ska vara en text";
    pub const PUBLIC_SOURCE: &str = "Offentlig medfinansiering";
    pub const PRIVATE_SOURCE: &str = "Privat medfinansiering";

    pub fn row(r: usize) -> String {
        format!("rad {r}")
    }

    pub fn bad_csv(line: usize) -> String {
        format!("CSV-filen går inte att läsa vid post {line}; spara den igen som CSV (UTF-8)")
    }

    pub fn bad_xlsx(why: &str) -> String {
        format!("arbetsboken går inte att läsa: {why}")
    }

    pub const NOT_XLSX: &str = "filen är ingen Excel-arbetsbok (XLSX), eller är skadad; öppna den i Excel och spara den som .xlsx, eller exportera bladet som CSV";
    pub const NO_SHEETS: &str = "arbetsboken har inga blad";
    pub const XLSX_MACROS: &str =
        "dess makron (VBA) går inte att läsa; spara den utan makron som .xlsx";
    pub const XLSX_PASSWORD: &str = "den är lösenordsskyddad; spara en kopia utan lösenord";
    pub const XLSX_DAMAGED: &str =
        "den är skadad eller använder något som inte stöds; öppna den i Excel och spara den igen";

    pub fn too_far(cell: &str, rows: usize, columns: usize) -> String {
        format!(
            "cellen {cell} har ett värde men ligger utanför det som läses (högst {} rader och {columns} kolumner); ta bort värdet eller flytta tabellen till bladets början",
            crate::money::group_swedish(rust_decimal::Decimal::from(rows as u64), 0)
        )
    }

    pub fn no_sheet(name: &str, names: &[String]) -> String {
        format!(
            "det finns inget blad ”{name}”; bladen heter {}",
            names.join(", ")
        )
    }

    pub fn unknown_field(key: &str, hint: &str) -> String {
        format!("”{key}” är ingen rubrik i den dokumenterade layouten{hint}")
    }

    pub fn missing_column(wanted: &str, documented: &str) -> String {
        if wanted == documented {
            format!("kolumnen ”{wanted}” saknas; den behövs (ange en annan rubrik med --mapping)")
        } else {
            format!("kolumnen ”{wanted}” (för {documented}) saknas")
        }
    }

    pub fn ignored_column(header: &str) -> String {
        format!("kolumnen ”{header}” ingår inte i layouten och läses inte")
    }

    pub fn bad_rating(item: &str) -> String {
        format!("”{item}” ska vara ett id och ett betyg 0–3, t.ex. kpv.matchning 3")
    }

    pub fn written(path: &str, n: usize) -> String {
        format!("Skrev {path} med {n} ansökningar.")
    }

    pub fn skipped(n: usize, rows: &str) -> String {
        format!("Hoppade över {n} rader med fel: {rows}.")
    }

    pub fn nothing_written(errors: usize) -> String {
        format!(
            "{errors} fel; ingenting skrevs. Rätta cellerna ovan, eller använd --skip-invalid för att skriva de rader som är hela."
        )
    }

    pub const UNKNOWN_EXTENSION: &str =
        "filen ska sluta på .csv eller .xlsx (CSV med ; eller , i UTF-8 eller Windows-1252)";

    /// The imported file's opening comment (written as comment lines by the YAML writer).
    pub fn header_comment(source: &str) -> String {
        format!(
            "Importerat från {source} med `anslag import`. Betyg (links, agenda2030, criteria)\nsom saknades i kalkylbladet sätts vid beredningen."
        )
    }
}
