# rules

rules-operating-aid = driftstöd ges inte ur den här potten (bara inom kommersiell service)
rules-no-strategy-link = projektet ska bidra till den regionala utvecklingsstrategin men har ingen koppling till någon strateginod
rules-in-difficulty = företaget är ett företag i svårigheter (enligt EU:s definition i förordning 651/2014) och kan inte få stöd
rules-not-open-all-year = butiken har inte öppet året runt
rules-no-eligible-cost-share = stödberättigande kostnad saknas, så stödandelen kan inte prövas
rules-no-eligible-cost-overfinancing = stödberättigande kostnad saknas, så överfinansiering kan inte prövas
rules-no-company = uppgifter om företaget saknas, så storleken (litet eller medelstort företag, SMF), om det är ett företag i svårigheter och de minimis kan inte prövas
rules-no-store = uppgifter om butiken (store) saknas, så villkoren för stödformen kan inte prövas
rules-no-distance = avståndet till närmaste dagligvarubutik saknas
rules-no-turnover = butikens dagligvaruomsättning saknas
rules-no-rules-for-support = riktlinjerna har inga regler för { $s }
rules-form-not-in-rules = stödformen "{ $form }" finns inte i riktlinjerna som gäller vid beslutsdatum
rules-wrong-applicant = sökande av typen { $kind } kan inte få det här stödet; tillåtna: { $allowed }
rules-overfinanced = sökt belopp och medfinansiering blir { $total }, mer än stödberättigande kostnad { $cost }; högst { $max_grant } kan sökas
rules-started-before-application = insatsen startade { $start }, före ansökan kom in { $received }; stödet måste sökas innan insatsen börjar (stimulanseffekt)
rules-amount-too-high = { $form } ges med högst { $max }
rules-too-many-years = stödet sträcker sig över { $n } år; högst { $max } år
rules-too-close = butiken ligger { $distance } km från närmaste dagligvarubutik; kravet är mer än { $min } km
rules-turnover-too-high = dagligvaruomsättningen är { $turnover }; högst { $max }
rules-share-too-high = begär { $share } av stödberättigande kostnad; högst { $cap } = { $max_grant } från anslaget
rules-share-too-high-with-public = begär tillsammans med övrig offentlig finansiering { $share } av stödberättigande kostnad; högst { $cap } = { $max_grant } från anslaget
rules-not-sme = företaget är inte ett litet eller medelstort företag (SMF) ({ $employees } anställda; gränsen är färre än { $max_employees } anställda och omsättning högst { $max_turnover } euro eller balansomslutning högst { $max_balance } euro)
rules-de-minimis = stödet av mindre betydelse ryms inte: { $who } har fått { $received } från { $from } till { $to } ({ $period }); taket är { $ceiling }, så högst { $room } kan beviljas
rules-de-minimis-sgei-cap = stödet av mindre betydelse ryms inte: { $who } har fått { $received } i stöd av mindre betydelse av båda slagen från { $from } till { $to }, och tillsammans får de inte överstiga { $cap } (taket för tjänster av allmänt ekonomiskt intresse), så högst { $room } kan beviljas
rules-de-minimis-who = företaget
rules-de-minimis-who-group = företaget tillsammans med de andra i { $group } (de räknas som ett enda företag)
rules-de-minimis-ceiling = { $eur } euro = { $kr } ({ $rate } kr/euro){ $kind ->
    [road] , det lägre taket för den som kör gods på väg åt andra
    [sgei] , taket för stöd till företag som utför tjänster av allmänt ekonomiskt intresse
   *[none] {""}
}
rules-de-minimis-status = Stöd av mindre betydelse: { $who } har fått { $received } från { $from } till { $to } ({ $period }). Taket är { $ceiling }. Utrymme kvar under taket: { $room }.
rules-de-minimis-declared = Av det är { $declared } stöd som sökanden själv har uppgett och som inte finns i stödregistret.
rules-too-many-years-in-total = { $form } ges under sammanlagt högst { $max } år; mottagaren har redan fått det för { $earlier }, och ansökan gäller { $new ->
    [one] ett år
   *[other] { $new } år
} till
rules-yearly-too-high = { $amount } år { $year }; högst { $max } per år
rules-yearly-too-high-strategic = { $amount } år { $year }; högst { $max } per år för en strategiskt viktig butik
rules-no-aid-areas = riktlinjen anger inte vilka kommuner som ligger i ett stödområde, så det kan inte prövas om regionalt investeringsstöd får lämnas här
rules-no-municipality = ansökan anger ingen kommun, så det kan inte prövas om den ligger i ett stödområde
rules-outside-aid-area = { $form } som regionalt investeringsstöd får bara lämnas i ett stödområde, och { $municipalities } ligger inte i något; i övriga landet kan stödet ges som stöd av mindre betydelse
rules-basis-de-minimis = stöd av mindre betydelse (de minimis)
rules-basis-gber-regional = regionalt investeringsstöd enligt EU:s gruppundantag
rules-basis-gber-sme = stöd till små och medelstora företag enligt EU:s gruppundantag
rules-given-as = { $form } ges som { $basis }.
rules-basis-sgei-de-minimis = stöd av mindre betydelse till företag som tillhandahåller tjänster av allmänt ekonomiskt intresse
rules-no-sgei-ceiling = riktlinjen anger inte taket för stöd av mindre betydelse till tjänster av allmänt ekonomiskt intresse, så det kan inte prövas om stödet ryms
rules-no-org-nr-for-register = ansökan har inget organisationsnummer, så stödregistret kan inte sökas; bara stöd av mindre betydelse som sökanden själv uppgett räknas
rules-own-grant = { $region ->
    [none] regionen
   *[other] { $region }
}, anslag 1:1 (ansökan { $id })
rules-aid-line = { $date }: { $amount } från { $grantor } till { $recipient } ({ $org_nr }){ $reference ->
    [none] {""}
   *[other] , { $reference }
}
rules-de-minimis-counted = Stöd av mindre betydelse som räknas:
rules-no-opening-hours = butikens öppettider (weekly_opening_hours, timmar i veckan) saknas, så kravet på öppettider kan inte prövas
rules-too-few-hours = butiken har öppet { $open } timmar i veckan; kravet är minst { $hours } timmar i genomsnitt över året
rules-too-few-hours-small = butiken har öppet { $open } timmar i veckan; kravet är minst { $hours } timmar i genomsnitt över året, { $small_hours } timmar för en butik vars dagligvaruomsättning är under { $turnover }
rules-no-turnover-for-hours = butikens dagligvaruomsättning saknas, så det kan inte avgöras om kravet på öppettider är det för en liten butik
rules-no-de-minimis-window = perioden för stöd av mindre betydelse kan inte räknas fram från beslutsdatumet, så utrymmet kan inte prövas
rules-yearly-too-high-reduced = { $amount } år { $year }; högst { $max } per år, minus { $deducted } i { $other } samma år, alltså högst { $cap }
rules-no-net-cost = kommunens nettoutgift (eligible_cost) saknas, så kravet att den är minst ett halvt prisbasbelopp kan inte prövas
rules-no-prisbasbelopp = prisbasbeloppet för { $year } finns inte i regelfilen; pröva själv att nettoutgiften är minst ett halvt prisbasbelopp
rules-net-cost-too-low = kommunens nettoutgift { $cost } är under { $share } prisbasbelopp för { $year }, alltså { $least }
