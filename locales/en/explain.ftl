# explain

explain-merged-paths = {" "}(several paths merged)
explain-outweighed-by-children = { $name } ({ $rating }/3): outweighed – what lies below the node weighs more than the rating
explain-outweighed-no-room = { $name } ({ $rating }/3): adds nothing – what it serves is already filled by other ratings
explain-outweighed-from-above = { $name } ({ $rating }/3): outweighed by a rating higher up in the hierarchy
