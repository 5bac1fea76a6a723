# explain

explain-merged-paths = {" "}(flera vägar sammanslagna)
explain-outweighed-by-children = { $name } ({ $rating }/3): överskuggad – det som ligger under noden väger tyngre än betyget
explain-not-in-force-ended = { $name } ({ $rating }/3): räknas inte – gällde till { $to }, före ansökans beslutsdag
explain-not-in-force-later = { $name } ({ $rating }/3): räknas inte – gäller först från { $from }, efter ansökans beslutsdag
explain-not-in-force = { $name } ({ $rating }/3): räknas inte – gällde inte på ansökans beslutsdag
explain-not-for-pot = { $name } ({ $rating }/3): räknas inte – kriteriet används inte för { $pot }
explain-outweighed-no-room = { $name } ({ $rating }/3): bidrar inte – det den tjänar är redan fyllt av andra betyg
explain-outweighed-from-above = { $name } ({ $rating }/3): överskuggad av ett betyg högre upp i hierarkin
