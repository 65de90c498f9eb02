"""The invented reports of demo/read-heldout33 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("southcape-2053-03-05-brynjol-evacuation-live", "Southcape Radio", "2053-03-05",
    "LIVE: Brynjol Station evacuated as ice shelf cracks beneath it", [
    "LIVE: Brynjol Station evacuated as ice shelf cracks beneath it - Wednesday 5 March\nAll times are Quennock time (GMT+9:30)",
    "04:05\nWe are following the emergency at Brynjol Station, the Tyrmark Polar Institute's base on the Varrow Ice Shelf, where a crack has opened under the accommodation block. The station keeps Quennock time, so the crack opened at 02:40 here - that was 17:10 GMT and 18:10 in Ovrevag, where it was still Tuesday.",
    "04:30\nThe Pellandran Air Force says it will send two ski-equipped aircraft from Quennock as soon as the wind drops. All 41 people on the station are safe and have moved to the emergency huts beside the runway, according to the institute.",
    "07:25\nThe first aircraft is up. Our reporter Fennimore Caddock is at Quennock airfield: \"The crews were on the apron before dawn, chipping ice off the wings. Nobody here is calling this routine,\" he says.",
    "08:10\nA glaciologist at the institute, Dr Ingrun Skjolberg, says she sent its managers an 11-page memo on February 10 showing a rift moving towards the station. Her post on X went up at 07:00 our time. \"They had the maps. They had the dates. They chose the calendar over the ice,\" she wrote.",
    "09:35\nThe first aircraft is down on the ice. Station leader Joralf Skjolberg, who is no relation to the glaciologist, spoke to us by satellite phone. \"We heard it before we felt it,\" he said, \"a bang like a door slamming, and then the floor tilted. Everyone was outside in boots within four minutes.\"",
    "11:50\nThe institute's director, Mattis Gronlie, said in a statement issued in Ovrevag that Dr Skjolberg's memo had been \"reviewed carefully\" and that keeping the station open was \"based on the best science we had\".",
    "13:10\nThe first plane is back in Quennock with 19 people. The station mechanic, Oddvar Haugrud, told us: \"I left my guitar and more than 300 ice cores behind. I know which one the institute will miss.\"",
    "16:40\nTyrmark's research minister, Sunniva Dalbo, has posted on X that she wants \"every page, every email\" about the memo by Friday. The minister said the families would be told everything \"as soon as we know it ourselves\".",
    "19:40\nThe last aircraft has left the ice with 22 people on board. That was at 19:30 here, 10:00 GMT and 11:00 in Ovrevag. Brynjol has been left \"lit, locked and empty\", the air force said.",
    "21:45\nBoth aircraft are back in Quennock. Captain Delphine Thackeray, who flew the last one out, says the runway was already \"sagging at the far end\". \"Another day and I'd have been landing in a swimming pool,\" she says. That's all from us tonight.",
])

rep("fulmar-2053-03-06-minister-orders-review", "Fulmar Wire", "2053-03-06",
    "Tyrmark orders review of polar institute over unheeded ice warning", [
    "OVREVAG, Tyrmark, March 6 (Fulmar Wire) - Tyrmark's research minister ordered an independent review on Thursday into whether the Tyrmark Polar Institute (TPI) ignored a warning from one of its own glaciologists weeks before the ice shelf under its Brynjol Station split open.",
    "The crack, at least two kilometres long, opened at 17:10 GMT on Tuesday. All 41 people at the station were flown off the Varrow Ice Shelf on Wednesday by the Pellandran Air Force, the last of them at 19:30 local time (10:00 GMT). The air force said its crews had worked in temperatures of minus 31 degrees. No one was hurt.",
    "Brynjol sits about 40 kilometres from the shelf's seaward edge and houses up to 60 people in summer. The TPI has run it since 2029.",
    "In a memo dated February 10, glaciologist Ingrun Skjolberg told the TPI's leadership that a rift known as the Norrhals Rift was advancing on the station at 40 to 60 metres a day and that Brynjol should close \"while there is still a runway to land on\". Skjolberg made the memo public on X on Tuesday night.",
    "\"The memo was one of several models on my desk,\" TPI director Mattis Gronlie told a news conference on Wednesday, \"and every other model gave the station until the end of the season.\" He noted that none of them had predicted a crack opening directly beneath the buildings. Asked whether he would resign, Gronlie said he had \"no plans to go anywhere\".",
    "The institute received the memo on February 12, according to its statement, which said the warning \"was read, discussed and weighed\" by senior staff. The decision to keep Brynjol open was taken by Gronlie on February 14, the institute confirmed.",
    "Two scientists at Brynjol had asked to come home early after seeing a draft of the memo, a TPI official said on condition that he not be named.",
    "Research Minister Sunniva Dalbo will face questions in parliament next Monday. \"If a warning was ignored, I want to know who ignored it, and why. Then I want to know what else is sitting in somebody's inbox,\" she said after meeting Gronlie on Thursday morning.",
    "Tollhaven said the rescue had cost Pellandra $4.2 million and that it expected Ovrevag to pay. The shelf has thinned by about 30 percent since 1990, according to the institute's own figures.",
])

rep("kveldspost-2053-03-07-families-ask-why", "Øvrevåg Kveldspost (English edition)", "2053-03-07",
    "Brynjøl families ask why a warning stayed in a drawer", [
    "ØVREVÅG, Friday (Kveldspost) — For Åsta Myrvold, the call from the Tyrmark Polar Institute came at a quarter past nine on Tuesday evening, three hours after the ice opened beneath Brynjøl Station.",
    "Her son Sindre, 24, a field assistant, was standing on the ice in his socks. \"The woman from the institute said, 'Your son is safe, but the station is not.' I made her say it twice, and then I made her say it slowly,\" Mrs Myrvold said.",
    "By yesterday evening all 41 people from Brynjøl were in a hotel in Quennock, in Pellandra, and the question in Øvrevåg had shifted from whether they were safe to whether they should have been on the ice at all.",
    "Dr Ingrun Skjølberg, who has measured the Varrow Ice Shelf since 2041, warned the institute on 10 February that the Norrhals Rift was closing on the station. She wrote on X late on Thursday that she had \"said it in writing, in a meeting and in the corridor\".",
    "Director Mattis Grønlie and Research Minister Sunniva Dalbø met for two hours on Thursday morning. \"We owe the families a full account, and they will get one,\" the minister said afterwards.",
    "Grønlie told Kveldspost that he had read the memo \"the day it landed\" and had passed it to two senior glaciologists. Both, he said, had concluded that the station was safe until the season ended in April.",
    "Joralf Skjølberg, the station's leader and no relation to the glaciologist, took a call from Grønlie in Quennock on Wednesday. He said the director had apologised \"for the weather, but not for the decision\". Skjølberg said nobody at Brynjøl had been shown the memo. \"If I had seen that map, I would have started packing in February,\" he said.",
    "In a statement, the research ministry said the review would be led by Torstein Brekk, a former chief justice, and would report by 30 April. According to the ministry, the rescue flights will cost Tyrmark about 42 million rundels ($4.2 million).",
    "Sindre Myrvold himself has said little. In a message to his mother, which she showed Kveldspost, he wrote only that he was cold, tired and \"very, very sorry about the socks\".",
    "Dalbø answers questions in parliament on Monday at 17:30. Mrs Myrvold says she will be in the gallery. \"I want to hear somebody say sorry without adding anything after it,\" she said.",
])

rep("daily-spinnaker-2053-03-09-ice-oracle", "The Daily Spinnaker", "2053-03-09",
    "ICE ORACLE: Boffin warned bosses weeks before polar base split", [
    "She saw it coming from 9,000 miles away. Now the Ice Oracle wants to know why NOBODY listened.",
    "Brainy Ingrun Skjolberg, 46, warned her bosses at the Tyrmark Polar Institute on February 10 that a monster crack creeping across the Varrow Ice Shelf would reach their Brynjol base within weeks.",
    "At 2.40am on Wednesday it did. The ice ripped open under the sleeping quarters and 41 terrified staff fled into the dark, some of them in their socks.",
    "Skjolberg, a mum of two who has spent 14 summers on the Varrow, was at her desk in Ovrevag when it happened. \"My phone lit up like a Christmas tree and I knew before I read a single message,\" she said.",
    "The Ice Oracle, as colleagues now call her, told the Spinnaker yesterday: \"I said it in my memo, I said it in meetings, I said it in the lift. Nobody wanted a glaciologist telling them to cancel a season.\"",
    "Her boss, TPI director Mattis Gronlie, 61, insists the memo was \"taken seriously\". But air force sources said last night the base's runway had been \"a week from useless\" by the time the first rescue plane touched down.",
    "Station chief Joralf Skjolberg, 52 - no relation - was the last man out of the accommodation block. Mechanic Oddvar Haugrud, 33, said: \"Joralf went down the corridor kicking every door and shouting, 'Boots, coats, out, now!' I have never been so glad to be shouted at.\"",
    "Skjolberg - the one who was actually on the ice - said he had \"never seen the memo, never even heard of it\".",
    "Heroic pilot Delphine Thackeray, 38, flew the last plane out with 22 people on board and landed in Quennock at 9.40pm on Wednesday. \"The runway was sinking at one end and the crack was 3 to 4 metres wide. I've landed on worse, but not much worse,\" she laughed.",
    "A cargo flight will go back this weekend to rescue more than 300 ice cores left in the base's freezer, the air force confirmed. The rescue has already cost Pellandran taxpayers $4.2 million - and counting.",
    "The institute finally published the memo late Friday. Tyrmark's research minister Sunniva Dalbo faces her parliament at 2am our time on Tuesday. Friends of the Ice Oracle say she will be up to watch.",
])

rep("tollhaven-lodestone-2053-03-11-warning-on-the-desk", "The Tollhaven Lodestone", "2053-03-11",
    "The warning that sat on the director’s desk", [
    "Sunniva Dalbø rose in Tyrmark’s parliament at 17:30 in Øvrevåg yesterday – 16:30 GMT, and 02:00 this morning in Tollhaven – and did what her polar institute’s director has so far declined to do. She apologised.",
    "The minister tells parliament that Dr Ingrun Skjølberg’s memo of 10 February “should have emptied that station in February”, and that it did not because “a calendar beat a map”. The 41 people flown off the Varrow Ice Shelf last week, she says, owe their safety to the weather and to Pellandra’s air force, not to her ministry.",
    "Mattis Grønlie, who has run the Tyrmark Polar Institute for nine years, stepped aside on Monday morning. He is not resigning, he says, and he still believes his decision was “defensible on the evidence of the day”.",
    "The institute’s statement, published late Friday with the memo attached, says the warning reached the director on 12 February and was answered on 14 February. Dr Skjølberg disputes neither date. What she disputes, she says, is the answer.",
    "“I was not asking them to believe me. I was asking them to look,” says Ingrun Skjølberg, speaking from her office in Øvrevåg. “The ice did the rest.”",
    "Tollhaven says it no longer means to bill Øvrevåg for the $4.2 million rescue. Øvrevåg says it will pay anyway.",
    "Joralf Skjølberg, who led the station and shares nothing with the glaciologist but a surname, flew home on Saturday with 19 of his colleagues. “I would like to read the memo before I tell anyone what I think of it,” he says. Skjølberg notes that the station had rehearsed an evacuation only once this season.",
    "The review, led by the former chief justice Torstein Brekk, is to report by 30 April. Brekk, 67, says he will question “everyone who touched the memo, and everyone who should have”.",
    "“We all knew the north edge was moving,” a scientist who spent the summer at Brynjøl told the Lodestone, asking that her name be withheld. “We assumed someone in Øvrevåg knew too.”",
    "Earlier this month the Varrow Ice Shelf was a place few in Tollhaven could have found on a map. On Sunday an air force cargo flight brought out more than 300 ice cores and found Brynjøl still standing, its accommodation block tilted by about eight degrees. Whether anyone will sleep there again is a question for the review.",
])
