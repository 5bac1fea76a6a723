# import

import-no-header = row 1 is empty; the first row must hold the headings (Diarienummer, Projektnamn, …)
import-mapping-not-map = columns must be a table: documented heading → the heading in the file
import-mapping-not-text = the heading in the file must be a text
import-public-source = Offentlig medfinansiering
import-private-source = Privat medfinansiering
import-row = row { $r }
import-bad-csv = the CSV file cannot be read at record { $line }; save it again as CSV (UTF-8)
import-bad-xlsx = the workbook cannot be read: { $why }
import-not-xlsx = the file is not an Excel workbook (XLSX), or it is damaged; open it in Excel and save it as .xlsx, or export the sheet as CSV
import-no-sheets = the workbook has no sheets
import-xlsx-macros = its macros (VBA) cannot be read; save it without macros as .xlsx
import-xlsx-password = it is password-protected; save a copy without a password
import-xlsx-damaged = it is damaged or uses something not supported; open it in Excel and save it again
import-no-sheet = there is no sheet “{ $name }”; the sheets are called { $names }
import-unknown-field = “{ $key }” is not a heading in the documented layout{ $hint }
import-ignored-column = the column “{ $header }” is not part of the layout and is not read
import-bad-rating = “{ $item }” must be an id and a rating 0–3, e.g. kpv.matchning 3
import-written = Wrote { $path } with { $n ->
    [one] { $n } application
   *[other] { $n } applications
}.
import-skipped = Skipped { $n ->
    [one] { $n } row
   *[other] { $n } rows
} with errors: { $rows }.
import-nothing-written = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}; nothing was written. Correct the cells above, or use --skip-invalid to write the rows that are whole.
import-unknown-extension = the file must end in .csv or .xlsx (CSV with ; or , in UTF-8 or Windows-1252)
import-too-far = the cell { $cell } has a value but lies outside what is read (at most { $rows } rows and { $columns } columns); remove the value or move the table to the start of the sheet
import-missing-column = the column “{ $wanted }” is missing; it is needed (give another heading with --mapping)
import-missing-column-for = the column “{ $wanted }” (for { $documented }) is missing
import-aid-already-in-register = the aid is already in the register (same organisation number, decision date, amount and grantor) and is not added again
import-register-alone = --register reads aid of minor importance and cannot be combined with --mapping, --scenario or --skip-invalid
import-nothing-written-register = { $errors } errors; nothing was written. Correct the cells above and run again.
import-added-comment = Added from { $source } with `anslag import --register --add`
import-register-header-comment =
    The aid register: aid of minor importance (de minimis), imported from { $source } with
    `anslag import --register`. Add the organisations that count as a single undertaking under
    undertakings (see docs/filer.md), and name the file as aid_register in the scenario.
import-register-name = Aid of minor importance from { $source }
import-cannot-add = { $path } cannot be added to automatically: put aid last in the file as a list with one line per aid, or import to a new file
import-added = Added { $n ->
    [one] { $n } aid
   *[other] { $n } aids
} to { $path }.
import-written-register = Wrote { $path } with { $n ->
    [one] { $n } aid
   *[other] { $n } aids
}.
import-missing-register-column = the column “{ $wanted }” is missing; it is needed
import-nothing-to-add = Nothing new to add; { $path } is unchanged.
import-unknown-regulation = the regulation “{ $text }” is not recognised; write “Stöd av mindre betydelse” or “Stöd av mindre betydelse för tjänster av allmänt ekonomiskt intresse” (or leave the cell empty for the first)
import-header-comment =
    Imported from { $source } with `anslag import`. Ratings (links, agenda2030, criteria)
    missing from the spreadsheet are set during preparation.
