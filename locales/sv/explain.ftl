# explain

explain-merged-paths = {" "}(flera vägar sammanslagna)
explain-outweighed-by-children = { $name } ({ $rating }/3): överskuggad – det som ligger under noden väger tyngre än betyget
explain-outweighed-no-room = { $name } ({ $rating }/3): bidrar inte – det den tjänar är redan fyllt av andra betyg
explain-outweighed-from-above = { $name } ({ $rating }/3): överskuggad av ett betyg högre upp i hierarkin
