"""The invented reports of demo/read-heldout9 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("tns-2034-01-18-ostrel-erupts", "Tollgate News Service", "2034-01-18",
    "Kestrania shuts its airports and empties villages as Mount Ostrel erupts", [
    "NORHAVEN, Kestrania, January 18 (TNS) — Mount Ostrel erupted late on Tuesday for the first time in more than a century, hurling a column of ash some 11 kilometres into the sky, grounding every flight in Kestrania and driving thousands of villagers from their homes.",
    "The eruption began at 23:40 local time (22:40 GMT), the Kestranian Volcano Observatory (KVO) said. Within 20 minutes it had raised its alert level to red, the highest of four. The observatory had moved the volcano to orange earlier this month, after more than 1,400 small earthquakes were recorded beneath it.",
    "\"We saw the glow on the cameras first, and then every instrument on the mountain went off the scale,\" Dr Orla Holtby, the observatory's director, told reporters in Norhaven. \"This is not a small eruption. We expect it to go on for days, perhaps weeks.\"",
    "Interior Minister Beatrix Hollins ordered everyone living within 12 kilometres of the crater to leave. Police and army lorries carried between 8,000 and 9,000 people out of Brackwater and four smaller villages overnight, the Interior Ministry said. Hollins thanked Holtby at a briefing on Wednesday morning. \"Without those cameras we would be counting the dead today,\" she said.",
    "Grantley Airport, which serves the capital, and Skelby Airport in the north closed at 02:00 CET and will stay shut until at least Friday, the minister said. She said that the state would pay for hotel rooms for evacuees \"for as long as it takes\".",
    "Kestrair, the national carrier, cancelled 640 flights on Wednesday, leaving about 87,000 passengers stranded, airline sources said. \"Ash and jet engines do not mix. We will not fly a single aircraft until the cloud has gone,\" said Lionel Crathorne, Kestrair's chief executive.",
    "In Trsovec, the Kresnavan Aviation Authority (KAA) shut the northern third of Kresnava's airspace at 06:00 EET. Its director, Blazena Hruba, wrote in a post on X shortly after dawn that the ash was drifting south-east \"faster than any of our models predicted\".",
    "\"The ash came down like grey snow. You could write your name in it on the car bonnets,\" said a soldier at a checkpoint outside Brackwater, who did not give his name.",
    "According to the observatory's bulletin, issued at 09:15 CET, no lava had yet left the crater. The last eruption of Mount Ostrel, which began on 4 June 1911, lasted 37 days.",
])

rep("norhavenweathervane-2034-01-20-kestrair-cost", "The Norhaven Weathervane", "2034-01-20",
    "Grounded Kestrair counts the cost as Ostrel keeps the skies shut", [
    "Kestrair expects the shutdown caused by the Mount Ostrel eruption to cost it at least €140 million, its chief executive, Lionel Crathorne, said yesterday, as ash kept both of Kestrania’s main airports closed for a third day.",
    "“Every day on the ground costs us about €18 million, and our insurers have already reminded us that volcanoes are an act of God,” Crathorne said. “We will survive this. Not every airline our size would.”",
    "Dr Felix Ravensworth, a volcanologist at Calderbank University, flew over the crater on Thursday in a Kestrair helicopter lent by Crathorne. “The plume is still rising to nine or ten kilometres. A mountain like this can keep that up for three to four weeks,” he said.",
    "The observatory’s latest bulletin said ash had begun to settle on Skelby, 30 kilometres from the crater, late on Thursday, and that the alert level would stay at red. Dr Orla Holtby, who runs the observatory, said that roughly 40 million cubic metres of ash had been thrown out since Tuesday.",
    "Interior Minister Beatrix Hollins told KPB’s Tidewatch programme on Thursday night that 8,700 people were now sleeping in schools, sports halls and hotels. “I know people want to go home and feed their animals. I am asking them to wait a little longer,” the minister said.",
    "Gwendolyn Vellacott, the opposition’s transport spokeswoman, noted that the observatory had asked for two new gas sensors on the mountain in 2031 and had been refused. In a post on X she called the refusal “a gamble with people’s lives”.",
    "Norhaven has asked Trsovec to keep a corridor over southern Kresnava open for cargo and rescue flights, and Trsovec has agreed, according to airline sources. Vojtech Prazak, Kresnava’s transport minister, said the corridor would stay open for as long as Kestrania needed it.",
    "Kestrair shares fell 11 percent on Thursday. The airline said passengers could rebook free of charge until 28 February or claim a full refund.",
    "For Crathorne, the hardest part is the waiting. “We have 46 aircraft sitting under covers at Grantley,” he said, “and I check the ash map every hour, the way a farmer checks the sky.”",
])

rep("dailybellow-2034-01-21-goats", "The Daily Bellow", "2034-01-21",
    "GRAN’S GOATS LEFT TO THE VOLCANO: a Brackwater family’s night of terror", [
    "Morwenna Trewarren, 71, was asleep in the farmhouse where she was born when Mount Ostrel blew on Tuesday night. By 11.40 p.m. her son was hammering on the door.",
    "“Kit was shouting, ‘Mum, the mountain’s on fire, get your coat,’ and I thought he’d been at the cider,” she told the Bellow yesterday. “Then I saw the sky. It was orange, as if the whole world had been turned inside out.”",
    "Kit Trewarren, 44, bundled his mother, two dogs and a box of photographs into his van and joined a queue of cars that stretched for six kilometres down the valley road. “The ash was so thick,” he said, “that I drove the last mile with my head out of the window.” “Keep going, whatever happens,” a neighbour in the car behind kept shouting.",
    "The family left 60 goats behind. Mrs Trewarren says she has not slept properly since, and that she would rather face the ash than another night on a camp bed in the Skelby sports hall.",
    "Trewarren wants to go back for the animals. Police turned him away at a roadblock on Thursday, he says.",
    "Interior Minister Beatrix Hollins said late Friday that farmers would be escorted back in small groups to feed their livestock “once the wind turns”. Until then the roadblocks stay up, until 6 a.m. local time on Monday at the earliest.",
    "But the observatory’s director, Dr Orla Holtby, warned that the wind was not the only danger. “Ash is heavy when it’s wet. One good downpour and roofs start coming in,” she said.",
    "Brackwater’s mayor, Edwyn Fairhurst, said some 340 homes in the village lay under ash up to 15 centimetres deep. “We have lived under that mountain for 300 years. We knew this day would come. We just hoped it would come in somebody else’s lifetime,” the mayor said.",
    "“I’ve buried two husbands and I’m not leaving those goats to the mountain,” Mrs Trewarren said. Her son says he will walk in across the fields if he has to.",
])

rep("trsoveckyhlas-2034-01-23-airspace", "Tršovecký Hlas", "2034-01-23",
    "Křesnava keeps its northern skies shut as Ostrel ash crosses the border", [
    "TRŠOVEC, 23 January — Křesnava will keep the northern third of its airspace closed until at least Wednesday, the Křesnavan Aviation Authority (KAA) said yesterday, as ash from Mount Ostrel in neighbouring Kestrania drifted over the border for a fifth day.",
    "The volcano erupted at 00:40 EET last Wednesday, and within six hours the KAA had grounded every flight in the north of the country.",
    "\"We have never closed this much sky for this long,\" said Blažena Hrubá, who heads the KAA. \"The question is not whether the cloud is dangerous. Every pilot who calls me asks, 'How far south will it come?' and I cannot tell them.\"",
    "Transport Minister Vojtěch Pražák said that 318 flights to and from Tršovec had been cancelled since Wednesday and that Křesnavan airlines had lost about €22 million. Pražák spoke to Lionel Craythorne, the head of Kestrair, by telephone on Saturday. \"He told me they will not fly until the cloud has gone, and I told him we will not either,\" he said.",
    "A KAA notice to pilots, issued at 07:00 EET on Sunday (06:00 CET), said that ash had been measured between 20,000 and 35,000 feet. According to Dr Orla Holtby, the director of the Kestranian Volcano Observatory (KVO), the column had dropped to about seven kilometres by Sunday evening.",
    "Norhaven has promised to send the observatory's readings to the KAA every hour, Pražák noted. He said that Křesnava would ask for no compensation: \"Our neighbour's volcano is not our neighbour's fault.\"",
    "In Pěnkavice, a dairy village near the border, ash fell for the first time on Saturday. \"The cows will not go out. I have never seen them afraid of grass,\" said Bořek Vlčák, who farms 90 hectares there.",
    "A Kestrair spokeswoman said the airline had asked the KAA for permission to base six aircraft at Tršovec airport while Grantley Airport stays shut. \"We are grateful to our neighbours,\" she told the Hlas.",
    "It is the first time since the KAA was founded, in 1994, that it has closed any airspace because of ash.",
])

rep("kpb-2034-01-26-alert-lowered-live", "Kestranian Public Broadcasting", "2034-01-26",
    "LIVE: Ostrel alert lowered as Kestrania prepares to reopen its airports", [
    "LIVE: Ostrel press conference - Thursday 26 January",
    "08:50 CET – Good morning. Interior Minister Beatrix Hollins and Dr Orla Holtby of the Kestranian Volcano Observatory hold a press conference at 11:00 CET (12:00 EET) on the eruption that began last week.",
    "09:35 CET – Kestrair says it has not carried a single passenger since last Tuesday and that roughly 265,000 bookings have been cancelled or moved.",
    "11:04 CET – Holtby opens. The observatory has lowered its alert level from red to orange because the ash column has stayed below four kilometres for 48 hours, she says.",
    "11:10 CET – Holtby: \"The mountain is tired, not asleep. I would not call this the end of anything.\"",
    "11:18 CET – Hollins says the exclusion zone will shrink to five kilometres on Saturday, and that roughly 6,000 evacuees can then go home. The emergency has cost the state €310 million so far, not counting the airline's losses, the minister says.",
    "11:26 CET – A reporter asks Hollins whether the observatory warned the government early enough. Holtby looks down at her notes. \"She warned us on 9 January, in writing, and we listened,\" she says. \"Nobody in this room was caught asleep.\"",
    "12:05 CET – Grantley Airport will reopen at 06:00 CET tomorrow, with Skelby Airport following on Monday, Kestrair chief executive Lionel Crathorne wrote in a post on X. \"We will be flying by breakfast,\" he told Fernhill FM.",
    "13:00 CET – In Trsovec, the Kresnavan Aviation Authority says northern Kresnava's airspace will reopen on Saturday. Its director, Blazena Hruba, told KPB that the decision was \"cautious, but not timid\".",
    "13:40 CET – Dr Felix Ravensworth, the Calderbank University volcanologist, tells Tidewatch that Ostrel could erupt again \"within weeks or within years\", and that nobody can yet say which.",
    "14:15 CET – At the Skelby sports hall, Morwenna Trewarren is packing. \"My son has gone ahead to count the goats. If he comes back with sixty, I shall cry,\" she told KPB.",
    "14:50 CET – The government will hold an inquiry into how the evacuation was run, said a spokesman for the Interior Ministry. \"Tell the mountain it lost!\" someone shouted from the back of the hall.",
    "15:30 CET – Brackwater's mayor, Edwyn Fairhurst, says the village school will reopen on 6 February.",
])
