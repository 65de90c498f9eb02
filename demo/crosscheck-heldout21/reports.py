# The twenty-first held-out cross-check corpus: 12 invented reports of the hijacking of Calmorian
# Public Television's eight o'clock news in the north of Calmoria, when a man in a hare mask took over
# the programme feed of the Garrowfell transmitting station for eleven minutes (Sun 11 October 2048),
# and of the media regulator's findings and fine eleven days later in Rensk, announced hours after two
# arrests in Hollisk, Tiveny (Thu 22 October 2048). Everything is invented.
# build_gold.py writes reports.jsonl and gold.json from this list.

R = []


def add(id, outlet, published, title, paras):
    R.append({
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "url": "https://" + outlet.lower().replace(" ", "").replace("'", "") + ".invalid/" + published.replace("-", "/") + "/" + id.split("-", 4)[-1],
        "text": "\n\n".join(paras),
    })


# ---------------------------------------------------------------- E1: the hijack

add("quern-2048-10-11-cptv-hijack", "Quern News Agency", "2048-10-11",
    "Masked intruder takes over Calmorian state TV news for 11 minutes", [
    "RENSK, Calmoria, Oct 11 (Quern) – Intruders seized the signal of Calmorian Public Television's main channel across the north of the country on Sunday evening, replacing the eight o'clock news with a masked man reading a statement for 11 minutes before engineers cut him off.",
    "The intrusion began at 1812 GMT at the Garrowfell transmitting station, 14 km north of Orlwick, and spread to the two relay masts it feeds, three transmitters in all. An estimated 1.4 million viewers were watching in the area, CPTV said.",
    "Viewers saw the newsreader, Maudry Farrance, vanish in mid-sentence. In her place a man in a hare mask, sitting in front of a bedsheet, read a rambling statement against the licence fee while a siren played underneath. The picture returned when a duty engineer at CPTV's network centre in Rensk, Piran Askew, switched Garrowfell to a backup feed.",
    "\"For eleven minutes somebody else held our screens, and every viewer who trusts us saw it happen,\" CPTV's director-general, Ermina Vasquin, said in a statement shortly before midnight. The broadcaster had received more than 3,000 complaints by then.",
    "Communications Minister Yannick Carrack ordered the Calmorian Media Authority to investigate. \"Whoever did this will be found, wherever they are sitting,\" he said. Police in Rensk said no arrests had been made.",
    "Garrowfell has had no staff on site since 2041 and is maintained remotely by Mordane Signal Services, a company based in Hollisk, the Tivenian capital. Its head of operations, Wrenna Cadby, said Mordane's systems had not been breached and that the company was helping the police.",
])

add("orlwickcresset-2048-10-12-hare-mask", "Orlwick Cresset", "2048-10-12",
    "Man in hare mask hijacks the news from Garrowfell", [
    "RENSK, Calmoria (Quern) – Intruders seized the signal of Calmorian Public Television's main channel across the north of the country on Sunday evening, replacing the eight o'clock news with a masked man reading a statement for 11 minutes before engineers cut him off.",
    "The intrusion began at 1812 GMT at the Garrowfell transmitting station, 14 km north of Orlwick, and spread to the two relay masts it feeds, three transmitters in all. An estimated 1.4 million viewers were watching in the area, CPTV said.",
    "Viewers saw the newsreader, Maudry Farrance, vanish in mid-sentence. In her place a man in a hare mask, sitting in front of a bedsheet, read a rambling statement against the licence fee while a siren played underneath. The picture returned when a duty engineer at CPTV's network centre in Rensk, Piran Askew, switched Garrowfell to a backup feed.",
    "\"For eleven minutes somebody else held our screens, and every viewer who trusts us saw it happen,\" CPTV's director-general, Ermina Vasquin, said in a statement shortly before midnight. The broadcaster had received more than 3,000 complaints by then.",
    "Communications Minister Yannick Carrack ordered the Calmorian Media Authority to investigate. \"Whoever did this will be found, wherever they are sitting,\" he said. Police in Rensk said no arrests had been made.",
    "Staff at the Brackenrigg Inn, on the only road up to the mast, told the Cresset they had seen no cars go past on Sunday evening, and a CPTV crew found the station's gate padlocked as usual on Monday morning.",
    "Supplied by Quern News Agency.",
])

add("renskpennon-2048-10-12-eleven-minutes", "Rensk Pennon", "2048-10-12",
    "Eleven minutes in the dark: how the north lost its news", [
    "RENSK – At 8.12 p.m. on Sunday, twelve minutes into the eight o'clock news, Maudry Farrance disappeared from screens across the north. From then until 8.23 p.m., viewers of four transmitters saw only a man in a hare mask, reading from a sheet of paper in a flat, unhurried voice.",
    "The rogue signal entered at the Garrowfell transmitting station, 40 km north of Orlwick, which passes CPTV's programmes on to smaller masts at Brindlemoor, Hawsley and Cask Hill. About 1.4 million people were watching.",
    "It was ended by Piran Askew, a duty engineer at CPTV's network centre in Rensk, who switched the station to a backup feed when his first attempts to take back control failed. By Monday morning CPTV had logged 3,212 complaints, and police in Orlwick had taken more than 400 calls from worried viewers.",
    "\"We will find whoever did this, wherever in the world they happen to be sitting,\" the Communications Minister, Yannick Carrack, told the Pennon. He has asked the Calmorian Media Authority to establish how it happened.",
    "\"For eleven minutes somebody else held our screens, and every viewer who trusts us saw it happen,\" CPTV's director-general, Ermina Vasquin, said late on Sunday.",
    "Hobart Kittering, who teaches broadcast engineering at Rensk's technical university, said such intrusions were rare because they rarely needed to be clever. \"A transmitter does what it is told. The only question is who was allowed to tell it.\"",
])

add("kettledrum-2048-10-12-hare-raising", "The Kettledrum", "2048-10-12",
    "HARE-RAISING", [
    "A MASKED weirdo hijacked the telly news last night – and terrified viewers were stuck with him for 25 minutes.",
    "The creep in a bunny mask burst onto screens at 9.12pm, just as CPTV newsreader Maudry Farrance was getting into her stride.",
    "He droned on about the licence fee while a siren wailed behind him.",
    "Gran Perla Sparrowby, 74, from Orlwick, said: \"I honestly thought the world was ending. I rang my daughter and told her to lock the doors.\"",
    "TV bosses were bombarded with more than 3,000 complaints.",
    "Last night cops admitted they had no idea who was behind it.",
])

add("carrierwave-2048-10-15-garrowfell-logs", "Carrierwave", "2048-10-15",
    "Garrowfell intrusion: what we know about how it was done", [
    "The signal intrusion that took over CPTV's main channel in northern Calmoria on Saturday evening was made inside the Garrowfell station's own programme chain, not by a rival transmitter overpowering it from a nearby hill, engineers familiar with the station's logs say.",
    "The rogue programme replaced the network feed at 18:12 UTC and stayed on air for 660 seconds, until the network centre in Rensk forced a switch to the reserve path. The duty engineer, Piran Askew, had first tried to regain control of the station remotely, without success.",
    "Garrowfell stands on a 600-metre summit about nine miles north of Orlwick and radiates on UHF channel 31. Three transmitters were affected: Garrowfell itself and the relays at Brindlemoor and Hawsley, which take their signal off air from it.",
    "Audience panel data suggest some 900,000 people were watching in the affected area when the picture changed.",
    "The site has been unstaffed since 2041 and is looked after under contract by the Tivenian firm Mordane Signal Services. Neither Mordane nor CPTV would say what protected the remote-control link beyond a password.",
])

add("holliskcolporteur-2048-10-11-mordane", "Hollisk Colporteur", "2048-10-11",
    "Calmorian TV hijack puts Hollisk firm in the spotlight", [
    "HOLLISK – A Hollisk company that looks after television transmitters in Calmoria insisted on Sunday that nobody had broken into its systems, hours after a masked man took over the evening news of Calmoria's public broadcaster.",
    "The intruder appeared at 3.12 p.m. Hollisk time, in the middle of Calmorian Public Television's eight o'clock bulletin. Nearly one and a half million people were watching.",
    "The signal was taken over at the Brindlemoor relay mast, Calmorian officials told Tivenian state radio.",
    "Mordane Signal Services, which employs 140 people at its offices by Hollisk's old harbour, has maintained the Garrowfell station and its relays for the Calmorian broadcaster since 2041.",
    "\"Nothing in our systems was broken into. We are helping the Calmorian police with everything they ask of us,\" said Wrenna Cadby, Mordane's head of operations.",
    "\"For eleven minutes somebody else held our screens, and every viewer who trusts us saw it happen,\" said Calmoria's communications minister, Yannick Carrack, who has ordered an inquiry by the country's media regulator.",
])

# ---------------------------------------------------------------- E2: the regulator's findings

add("quern-2048-10-22-regulator-fine", "Quern News Agency", "2048-10-22",
    "Calmorian regulator fines state TV 2.4 million drals over news hijack", [
    "RENSK, Calmoria, Oct 22 (Quern) – Calmoria's media regulator fined Calmorian Public Television 2.4 million drals on Thursday for leaving a transmitter open to the intruders who took over its evening news eleven days ago, and said they had come in through a maintenance link protected by a password unchanged since 2041.",
    "Leontine Marbeck, who chairs the Calmorian Media Authority, presented the findings at the authority's offices in Rensk at 0930 GMT. \"This was not a sophisticated attack. It was an unlocked door,\" she said.",
    "The intruders reached the Garrowfell station through a remote-maintenance link run by CPTV's contractor, Mordane Signal Services of Hollisk, the report found. The same password was used by every Mordane engineer.",
    "\"Nobody broke into Garrowfell. They were let in, and they were let in by people whose job was to keep them out,\" Marbeck said.",
    "The authority now puts the audience at 1.9 million viewers, not the 1.4 million first estimated. It made 14 recommendations and gave CPTV 90 days to carry them out. Six of them apply to every broadcaster in the country.",
    "In Hollisk, Tivenian police said they had arrested two men, aged 23 and 29, on Wednesday night. One is a former Mordane technician. Calmoria will ask for both to be extradited.",
    "\"A fine that a broadcaster can pay out of petty cash is not a fine,\" said Communications Minister Yannick Carrack, who plans to lift the maximum penalty to 10 million drals.",
    "CPTV's director-general, Ermina Vasquin, said: \"We accept every word of this report, and we are sorry.\" The broadcaster will not appeal.",
])

add("northfellradio-2048-10-23-unlocked-door", "Northfell Radio", "2048-10-23",
    "Regulator: Garrowfell hijackers were let in", [
    "The company that runs Calmoria's public television has been fined 2.4 million drals over the hijacking of its evening news on 11 October, the media regulator announced on Thursday.",
    "Presenting the report at 11.30 a.m. in Rensk, the Calmorian Media Authority's chair, Leontine Marbeck, said the way in had been a remote-maintenance link run by the contractor Mordane Signal Services, whose password had not been changed in seven years. Every Mordane engineer used the same one.",
    "\"Nobody broke into Garrowfell. They were let in, and they were let in by people whose job was to keep them out,\" she said.",
    "The watchdog made 14 recommendations, and CPTV has roughly three months to act on them. Two men have been arrested in Hollisk.",
    "Up at the mast itself, a steel fence has gone up since the hijack and CPTV has had staff at the gate day and night, the broadcaster confirmed to Northfell Radio.",
    "With material from Quern News Agency.",
])

add("renskpennon-2048-10-23-password", "Rensk Pennon", "2048-10-23",
    "The password nobody changed", [
    "RENSK – For three years, anyone who knew one password could have taken over the television in the north of Calmoria. Yesterday the country's media regulator said that someone finally had.",
    "The Calmorian Media Authority fined CPTV 2.4 million drals and found that the intruders of 11 October came in through a maintenance link run by Mordane Signal Services, the broadcaster's Tivenian contractor. Its audience figures show 1.9 million people saw at least part of the hijack.",
    "The two men arrested on Wednesday night in the Tivenian port of Calderwick include a former Mordane technician, Tivenian police said.",
    "\"Nobody broke into Garrowfell. They were let in, and they were let in by people whose job was to keep them out,\" said Leontine Marbeck, who chairs the authority.",
    "Ermina Vasquin, the director-general, told staff she accepted \"every word\" of the report and that CPTV was sorry. She will give up her bonus for the year, and the broadcaster will not contest the fine.",
    "Opposition members of parliament called for her to go. The Communications Minister, Yannick Carrack, said she kept his full confidence.",
])

add("holliskcolporteur-2048-10-22-arrests", "Hollisk Colporteur", "2048-10-22",
    "Three held in Hollisk over Calmorian TV hijack", [
    "HOLLISK – Police in Hollisk have arrested three men over the hijacking of a Calmorian television news programme this month, one of them a former employee of the city's Mordane Signal Services.",
    "The arrests came on Wednesday night. On Thursday, at 6.30 a.m. Hollisk time, Calmoria's media regulator announced that it had fined the broadcaster, Calmorian Public Television, 4.2 million drals.",
    "The regulator found that the intruders had used a remote-maintenance link that Mordane ran for the broadcaster.",
    "\"We moved as soon as our Calmorian colleagues gave us a name. The men are cooperating,\" said Inspector Dorran Ravell, a police spokesman.",
    "Mordane said it had shut down remote access to all its Calmorian sites. Calmoria has said it will seek the men's extradition, and they are due before a Hollisk magistrate on Monday.",
])

add("rubric-2048-10-23-explainer", "Rubric", "2048-10-23",
    "The CPTV hijack report, in five questions", [
    "Calmoria's media regulator published its findings on the 11 October hijacking of CPTV's evening news on Thursday, at 10.30 a.m. at its Rensk offices. Here is what it found.",
    "How did they get in? Through a remote-maintenance link run by Mordane Signal Services, the Tivenian firm that looks after the Garrowfell transmitter. The password had not been changed for seven years.",
    "How many people saw it? 1.9 million, the regulator now says.",
    "What happens to CPTV? A fine of 2.4 million drals, and 14 recommendations it must carry out by 20 January. The current ceiling for a fine is 3 million drals.",
    "Who said what? \"Nobody broke into Garrowfell. They were let in, and they were let in by people whose job was to keep them out,\" said the Communications Minister, Yannick Carrack.",
    "Has anyone been arrested? Two men, in Hollisk.",
    "Correction, 23 October: this article first said three men had been arrested. Two were.",
])

add("fulcrum-2048-10-25-hijack", "The Fulcrum", "2048-10-25",
    "An unlocked door, and a bill to match", [
    "When Leontine Marbeck stood up on Friday to explain how a man in a hare mask had taken over the evening news, she declined to flatter anybody. It had not been a sophisticated attack, she said, but an unlocked door.",
    "The door was a maintenance link. The key was a password that nobody had bothered to change since the transmitter lost its last resident engineer.",
    "CPTV now has six weeks to put things right, a fine it says it will not contest, and a regulator that has finally found its voice.",
    "As Carrack put it, a penalty any broadcaster could cover from petty cash was never a penalty at all. He means to more than treble the ceiling.",
    "Every other broadcaster in Calmoria should read the report closely. Somewhere in each of their buildings there is a link that an engineer set up years ago and nobody has looked at since.",
])
