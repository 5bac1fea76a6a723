# rules

rules-operating-aid = operating aid is not given from this pot (only within commercial service)
rules-no-strategy-link = the project must contribute to the regional development strategy but is linked to no strategy node
rules-in-difficulty = the company is an undertaking in difficulty (as EU Regulation 651/2014 defines it) and cannot receive support
rules-not-open-all-year = the shop is not open all year round
rules-no-eligible-cost-share = the eligible cost is missing, so the aid intensity cannot be checked
rules-no-eligible-cost-overfinancing = the eligible cost is missing, so over-financing cannot be checked
rules-no-company = the company's details are missing, so its size (small or medium-sized enterprise, SME), whether it is an undertaking in difficulty and de minimis cannot be checked
rules-no-store = the shop's details (store) are missing, so the conditions of the form of support cannot be checked
rules-no-distance = the distance to the nearest grocery shop is missing
rules-no-turnover = the shop's grocery turnover is missing
rules-no-rules-for-support = the guideline has no rules for { $s }
rules-form-not-in-rules = the form of support "{ $form }" is not in the guideline that applies on the decision date
rules-wrong-applicant = applicants of the type { $kind } cannot receive this support; allowed: { $allowed }
rules-overfinanced = the requested amount and co-financing come to { $total }, more than the eligible cost { $cost }; at most { $max_grant } can be requested
rules-started-before-application = the work started { $start }, before the application came in { $received }; support must be applied for before the work begins (incentive effect)
rules-amount-too-high = { $form } is given with at most { $max }
rules-too-many-years = the support spans { $n } years; at most { $max } years
rules-too-close = the shop lies { $distance } km from the nearest grocery shop; the requirement is more than { $min } km
rules-turnover-too-high = the grocery turnover is { $turnover }; at most { $max }
rules-share-too-high = requests { $share } of the eligible cost; at most { $cap } = { $max_grant } from the appropriation
rules-share-too-high-with-public = requests, together with other public funding, { $share } of the eligible cost; at most { $cap } = { $max_grant } from the appropriation
rules-not-sme = the company is not a small or medium-sized enterprise (SME) ({ $employees } employees; the limit is fewer than { $max_employees } employees and a turnover of at most { $max_turnover } euro or a balance sheet of at most { $max_balance } euro)
rules-de-minimis = the de minimis room is not enough: the ceiling is { $ceiling } euro ({ $period } at { $rate } kr/euro) and the company has already received { $received }; at most { $room } can be granted
rules-yearly-too-high = { $amount } in { $year }; at most { $max } per year
rules-yearly-too-high-strategic = { $amount } in { $year }; at most { $max } per year for a strategically important shop
rules-no-aid-areas = the guideline does not say which municipalities lie in an assisted area, so it cannot be checked whether regional investment aid may be given here
rules-no-municipality = the application names no municipality, so it cannot be checked whether it lies in an assisted area
rules-outside-aid-area = { $form } as regional investment aid may only be given in an assisted area, and { $municipalities } lies in none; elsewhere the support can be given as de minimis aid
rules-basis-de-minimis = de minimis aid
rules-basis-gber-regional = regional investment aid under the EU block exemption
rules-basis-gber-sme = aid to small and medium-sized enterprises under the EU block exemption
rules-given-as = { $form } is given as { $basis }.
rules-basis-sgei-de-minimis = de minimis aid to undertakings providing services of general economic interest
rules-no-sgei-ceiling = the guideline does not give the de minimis ceiling for services of general economic interest, so it cannot be checked whether the aid fits
