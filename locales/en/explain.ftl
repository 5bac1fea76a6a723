# explain

explain-merged-paths = {" "}(several paths merged)
explain-outweighed-by-children = { $name } ({ $rating }/3): outweighed – what lies below the node weighs more than the rating
explain-not-in-force-ended = { $name } ({ $rating }/3): not counted – applied until { $to }, before the application's decision date
explain-not-in-force-later = { $name } ({ $rating }/3): not counted – applies only from { $from }, after the application's decision date
explain-not-in-force = { $name } ({ $rating }/3): not counted – not in force on the application's decision date
explain-not-for-pot = { $name } ({ $rating }/3): not counted – the criterion is not used for { $pot }
explain-outweighed-no-room = { $name } ({ $rating }/3): adds nothing – what it serves is already filled by other ratings
explain-outweighed-from-above = { $name } ({ $rating }/3): outweighed by a rating higher up in the hierarchy
