"""The invented reports of demo/read-heldout23 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("harbinson-2047-09-13-comet-named-for-teacher", "Harbinson Wire", "2047-09-13",
    "Comet named after retired Quarrendian teacher; Lozenian observatory says it saw it first", [
    "PELLMOUTH, Wendale, Sept 13 (Harbinson Wire) - A comet found from a back garden in Quarrendy by a 67-year-old retired schoolteacher was named after her on Friday, but an observatory in Lozenia said it had photographed the object a day earlier and would challenge the decision.",
    "The Celestial Nomenclature Office (CNO), which assigns names to comets, said the object would be known as Comet Crannock. Its circular, issued at 09:00 GMT, said Maisie Crannock's report \"was the first to arrive and was confirmed by three independent observers within hours\".",
    "Crannock, who has combed the sky from her home in Wattlebeck for 31 years, first saw the faint smudge at 05:10 local time on Wednesday (19:10 GMT on Tuesday) through a 35-centimetre telescope she built herself. She emailed the office 52 minutes later.",
    "\"I thought it was dust on the mirror. Then it moved,\" she told Harbinson Wire on Friday evening, her time. \"I have been waiting since 2016 for something up there to move.\"",
    "The Sternov Observatory, near the Lozenian capital Hvezdonov, said in a statement that its survey telescope had caught the comet on 14 exposures on Monday night, the first at 20:05 GMT, but that its software had discarded them as noise. A doctoral student, Drahomira Krizkova, found the images on Thursday and reported the object to the CNO at 14:30 GMT that day, the statement said.",
    "\"We do not dispute that Mrs Crannock found it. We dispute that she found it first,\" said Bedrich Svehlik, the observatory's director. \"A machine made a mistake on Monday. A machine's mistake should not decide whose name a comet carries for centuries.\"",
    "Svehlik said the observatory would lodge a formal claim later on Friday. Under CNO rules, up to three observers who report the same comet independently within 48 hours of one another may share its name.",
    "Lyle Mossop, a CNO spokesman, said the office would examine \"any claim that comes with data\" and that its five-member naming committee could meet as early as next Wednesday.",
    "Quarrendy's science minister, Garfield Alloway, told reporters in Fellhaven that the whole nation was \"fit to burst with pride\". Crannock's son, Rhodri, wrote in a post on X within minutes of the circular that his mother had done \"the hard part, with a homemade telescope and a flask of tea\".",
    "The comet is about 310 million kilometres from Earth and should pass closest to the Sun on Dec. 2. Astronomers at the CNO said its nucleus may be between 4 and 6 kilometres wide and that it could be visible without a telescope in December if it keeps brightening.",
])

rep("zvestovatel-2047-09-14-sternov-lodges-claim", "Zvěstovatel (English edition)", "2047-09-14",
    "Šternov lodges its claim to the Quarrendian comet", [
    "HVĚZDOŇOV, 14 September – The Šternov Observatory formally asked the Celestial Nomenclature Office late on Friday to add its name to the comet the office had credited that morning to a Quarrendian amateur, sending 14 images, a 22-page report and the raw data from the night of 9 September to the office in Pellmouth.",
    "The claim was lodged at 23:40 Hvězdoňov time, or 21:40 GMT, and acknowledged within the hour, the observatory's director, Bedřich Švehlík, said yesterday. \"They have everything now. If they need more, they will have to ask the comet,\" he said.",
    "At the centre of the claim is Drahomíra Křížková, a 26-year-old doctoral student whose job is to sift through the frames the survey software throws away. She told Zvěstovatel she had found the object on Thursday morning in a folder of rejected exposures and did not believe it at first.",
    "\"I went to Professor Švehlík and said, 'Either I am very tired or this is a comet,' and he laughed and sent me back to check,\" Křížková said. \"I checked eleven times.\" She filed her report at 16:30 local time that afternoon, some seven hours after she first opened the folder.",
    "Science Minister Libuše Vodičková said the government would pay the observatory's costs and that Lozenia expected \"a fair hearing, not a popularity contest\". Her ministry said in a statement on Friday evening that the images had been \"time-stamped, archived and never touched\" since the night they were taken.",
    "Hvězdoňov has asked Fellhaven to back a shared name, a diplomat familiar with the contacts said, but the Quarrendian government has not yet replied.",
    "Not every Lozenian astronomer is on the observatory's side. Šárka Dobromilová, who chairs the Lozenian Amateur Astronomy Union, wrote in a post on X, her first in months, that Maisie Crannock had \"done what every one of us dreams of doing\" and should keep the comet to herself. The post had been shared more than 9,000 times by this morning.",
    "Under the office's rules, independent discoverers can share a comet's name if their reports arrive within 48 hours. Křížková's report reached the office 42 and a half hours after Crannock's, according to the observatory.",
    "Švehlík insisted he bore the amateur no grudge. \"Mrs Crannock is a remarkable observer, and I would like to shake her hand,\" he said, \"but I would also like to see our two names side by side.\"",
    "The CNO's five-member naming committee will meet in Pellmouth on Wednesday, a spokesman for the office confirmed, and its chairman, Professor Aurelian Thornquist, has promised a ruling \"without undue delay\".",
])

rep("bellbird-2047-09-16-hands-off-nanas-comet", "The Daily Bellbird", "2047-09-16",
    "HANDS OFF NANA'S COMET: backyard star-spotter vows to see off Lozenian boffins", [
    "Backyard stargazer Maisie Crannock last night vowed she would \"fight to the last star\" to keep HER comet - after a gang of Lozenian boffins claimed their computer got there first.",
    "Comet Nana, 67, who found the icy visitor from her veggie patch in Wattlebeck before dawn last Wednesday, told the Bellbird: \"Their machine threw it in the bin. I went out in my dressing gown and found it. You tell me who discovered it.\"",
    "The sky-high row erupted on Friday when Pellmouth's Celestial Nomenclature Office named the comet after the retired geography teacher. Within hours the Sternov Observatory in Lozenia cried foul, claiming its telescope had snapped the comet on MONDAY night - two days before Nana - and lodging a formal claim late Friday.",
    "Her son Rhodri Crannock, 41, a plumber who drove round with a thermos the moment she rang, said: \"Mum phoned me before breakfast and said, 'Rhodri, I've got one,' and put the phone down. Thirty-one years she's been out there in the cold. Nobody is taking this off her.\"",
    "Crannock, who has set up a fundraising page to buy his mum a bigger telescope, added that more than 2,300 people had chipped in $48,000 by yesterday.",
    "Sternov's boss Bedrich Svehlik insisted the Lozenians had the pictures to prove it. \"The data does not lie,\" he said.",
    "But Wattlebeck Astronomical Society chairman Noel Fairgrieve scoffed: \"Their software looked at it and binned it. Maisie looked at it and said, 'Well, hello there.' That's the difference between a computer and an astronomer.\"",
    "Lozenia's science minister Libuse Vodickova waded in too, branding the Quarrendian reaction \"hysterical\" in a post on X on Saturday.",
    "Back in Fellhaven, Science Minister Garfield Alloway told reporters yesterday that the government \"would not be lectured\" by Hvezdonov and that Quarrendy stood \"one hundred per cent\" behind Nana.",
    "CNO spokesman Lyle Mossop said the office's five-strong naming committee would sit on Wednesday and give its verdict on Thursday.",
    "Right now the comet is a fuzzy blob that needs a decent telescope, but experts say it could put on a show for millions by Christmas.",
    "Nana will give a talk at the Wattlebeck library tomorrow night, where 120 tickets sold out in under an hour. Her verdict on the boffins? \"Let them sit. I'll be in the garden.\"",
])

rep("saltbush-2047-09-19-comet-ruling-live", "Saltbush Radio", "2047-09-19",
    "LIVE: Comet Crannock, the naming ruling", [
    "LIVE: Comet Crannock, the naming ruling - Thursday 19 September\nAll times Fellhaven time (GMT+10)",
    "18:40\nGood evening from the Wattlebeck bowls club, where about 150 people are waiting with Maisie Crannock for the ruling of the Celestial Nomenclature Office. The office says it will announce it today at 10:00 GMT, which is 20:00 here and 12:00 in Hvezdonov.",
    "18:55\nCrannock tells us she has hardly slept since Sunday. \"I keep going out to look at it. It's still there, whatever they decide,\" she says.",
    "19:20\nOur astronomy presenter Sybil Ruddle says the committee met for more than nine hours yesterday in Pellmouth, after receiving the last of the Lozenian data on Tuesday night. \"Nine hours for one comet. I have known whole galaxies get less attention,\" she says.",
    "19:48\nSternov's director Bedrich Svehlik wrote on X a few minutes ago that the observatory would \"accept whatever the committee decides\" and that he had already written a letter of congratulation to Crannock, \"just in case\".",
    "20:03\nIt's two names. The committee has ruled that the comet will be called Crannock-Sternov. Its ruling says the Lozenian report was \"independent, genuine and received inside the 48-hour window\", and that the two discoveries carry equal weight.",
    "20:06\nThe committee's chairman, Professor Aurelian Thornquist, speaking after he read the ruling in Pellmouth: \"The comet was seen first by a machine, but it was understood first by a person. Both deserve to be remembered.\"",
    "20:11\nCrannock stood on a chair to speak. \"Well. I've got to share it,\" she said. \"My mother always told me to share.\"",
    "20:24\nHer son Rhodri says the family will travel to Lozenia to meet Krizkova \"once the fuss dies down\". Crannock says she has invited the student to Wattlebeck.",
    "20:37\nLozenia's science minister, Libuse Vodickova, has just spoken to reporters in Hvezdonov. \"This is a victory for evidence over sentiment,\" the minister said. She said Lozenia would now pay for a second survey telescope at Sternov, at a cost of about $2.6 million.",
    "20:52\nGarfield Alloway, Quarrendy's science minister, said in a statement that both discoverers deserved congratulations and that the comet had brought \"two countries that barely knew each other\" a little closer.",
    "21:15\nRuddle: \"Look up after December 2, when it rounds the Sun. If the forecasts hold, this will be the brightest comet seen from Quarrendy since 2009.\"",
    "21:40\nKrizkova, speaking to Saltbush Radio from Hvezdonov, where it is 13:40, said she had cried when the news came. \"Tell Mrs Crannock I will bring the coffee and she can bring the telescope,\" she said.",
    "22:05\nThat's all from us tonight. About 1,100 messages reached the studio this evening, and Maisie Crannock has gone home to bed. She says the sky is cloudy anyway.",
])

rep("spyglass-2047-09-21-two-names-one-comet", "The Pellmouth Spyglass", "2047-09-21",
    "Two names, one comet, and a rule that may not survive", [
    "When Maisie Crannock’s report reached the Celestial Nomenclature Office at 20:02 GMT on 10 September, she had been at her eyepiece in Wattlebeck all night. Nine days later the office gave the comet she found earlier this month a second name, and it now faces questions about how it decides such things.",
    "Professor Aurelian Thornquist, who chairs the office’s naming committee, admits the 48-hour rule “was written for a world of glass plates and telegrams”. The office has given two names to 61 comets since 1990 and three names to nine, he says. He says what is new is a machine spotting a comet and then throwing it away.",
    "“If a telescope sees something and nobody looks at the picture, has it discovered anything?” the professor asks. “We decided this week that it has, provided a human being looks within 48 hours. I am not sure we will say the same in five years.”",
    "At the Šternov Observatory outside Hvězdoňov, its director, Bedřich Švehlík, says the observatory will rewrite its software so that nothing with a tail is ever discarded again. “We were lucky that Drahomíra is stubborn,” he says. “Next time we might not have a Drahomíra.”",
    "Křížková herself, who turned 27 on Wednesday, the day the committee met, has become a small celebrity at home, where a bakery in the capital now sells a comet-shaped pastry. She tells the Spyglass that she and Crannock spoke for the first time by video call on Friday, at 18:00 in Wattlebeck, 10:00 in Hvězdoňov and 08:00 in Pellmouth.",
    "“She asked me what I would do with my half. I said I would finish my thesis,” Křížková says. Crannock, by her account, said she would spend hers on a warmer dressing gown.",
    "Rhodri Crannock tells the Spyglass he still thinks his mother “was robbed of a clean win”. Quarrendy’s science minister, Garfield Alloway, has invited Švehlík and Křížková to Fellhaven in November; Hvězdoňov says it will send a delegation “at the earliest opportunity”.",
    "The office will publish the committee’s full reasoning on Monday. Three of its five members, Thornquist reveals, wanted a single name when they sat down on Wednesday morning; the images the Šternov software rejected last week changed their minds. “Everybody gets one vote, and the evidence gets a veto,” he says.",
    "The comet, meanwhile, keeps its own timetable. According to the office, it is now about 40 percent brighter than when it was found and should round the Sun on 2 December at a distance of some 88 million kilometres. Thornquist says that by then nobody looking up will care whose name it carries.",
])
