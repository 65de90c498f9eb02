"""The invented reports of demo/read-heldout21 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("tallowick-2046-11-15-chess-match-halted", "Tallowick Wire", "2046-11-15",
    "World chess title match halted after earpiece found in challenger's rest room", [
    "PORT AUCEL, Meraunt, Nov 15 (Tallowick Wire) — The world chess championship was suspended on Thursday after two security guards found a wireless earpiece taped beneath a washbasin in the private rest room of the challenger, Wojslaw Zdzieblowski, hours after the 26-year-old Pradonian had beaten the defending champion, Rowan Eckersall of Tessary, to take the lead for the first time.",
    "The Global Chess Federation (GCF), which runs the 14-game match, said in a statement that Game 8, scheduled for Friday, had been postponed \"until the facts are established\" and that neither player stood accused of wrongdoing.",
    "The device was found at about 20:20 local time (12:20 GMT) on Wednesday during a routine sweep of the Kestle Pavilion by Grayle Security, which has 40 guards at the venue, according to the federation. Game 7 had begun at 15:00 and ended at 19:12, when Zdzieblowski forced resignation after 41 moves.",
    "The complaint, lodged by Eckersall's team at 23:10 on Wednesday, said the result of Game 7 should be annulled. \"We are not accusing anyone of anything,\" said Quintin Pithey, the champion's second. \"We are asking a simple question: what was that thing doing there, and who put it there?\"",
    "\"I have never seen it, I have never touched it, and I will take any test they want,\" Zdzieblowski told reporters on Thursday morning. \"Then I want to play.\"",
    "His brother and manager, Radzim Zdzieblowski, said the family would ask for the earpiece to be tested for fingerprints and DNA, and that the complaint was \"a desperate move by a man who is losing\".",
    "Chief arbiter Seraphine Vexley said the rest room had been searched before the game and that nothing had been found. She said its door was covered by a camera, but declined to say whether the footage showed anyone going in.",
    "Meraunt's sports minister, Aldwin Tengrove, told reporters the pavilion would stay sealed until the federation had finished its inquiry. GCF president Cosima Fensome said a three-member ethics panel would meet on Saturday. \"The integrity of this match is worth more than its schedule,\" Fensome said. \"If that costs us a week, so be it.\"",
    "Pradonia's sports minister, Bozena Kaszuba, wrote in a post on X early on Thursday that she had spoken to Zdzieblowski late on Wednesday and that \"Pradonia stands behind him\".",
    "Eckersall, 34, who has held the title since 2040, has not commented. Zdzieblowski leads the match by one point with seven games left, and the winner will take 60 percent of a prize fund of $2.4 million.",
])

rep("goniec-2046-11-16-debnowiec-wants-tapes", "Goniec Dębnowski (English edition)", "2046-11-16",
    "Dębnowiec asks Meraunt for the Kestle Pavilion tapes as Ździebłowski's camp cries foul", [
    "DĘBNOWIEC, 16 November – The government has asked Meraunt to release all security footage from the Kestle Pavilion, as the family of Wojsław Ździebłowski accused the world champion's camp of trying to win in a committee room the match he is losing on the board.",
    "Sports Minister Bożena Kaszuba said on Thursday evening that she had written to her Merauntine counterpart, Aldwin Tengrove, asking for the recordings to be handed to independent experts. \"We are not asking for favours. We are asking for the tape,\" she said. Her ministry's statement, issued an hour later, said Pradonia would \"follow every step\" of the inquiry.",
    "Dębnowiec wants Port Aucel to hand over the footage before the federation's ethics panel sits on Saturday, according to a senior official at the ministry who asked not to be named.",
    "Tengrove said in a statement that Meraunt's police had not been asked to investigate \"and will not be, unless somebody alleges a crime\".",
    "Radzim Ździebłowski, the challenger's older brother and manager, told the Goniec that the family had learned of the complaint from a journalist. \"A guard stopped me at the door and said, 'Nobody goes in tonight, sir, not even the family,' and that was the first I heard of any earpiece,\" Radzim said. \"My brother was asleep.\"",
    "The complaint was lodged at 16:10 on Wednesday, Dębnowiec time (23:10 in Port Aucel), and the federation decided to halt the match at 01:30 on Thursday in Port Aucel – 18:30 on Wednesday here – while much of the country was celebrating.",
    "About 4,000 people had watched Game 7 on a giant screen in the Old Market Square, where it began at 08:00 local time, and the broadcaster Kanał Jeden said its coverage drew an average audience of 1.9 million, or 41% of the country's viewers, the largest for any sporting event since 2031.",
    "Lidka Zawisza, who has coached Wojsław for the past 11 years, said she had never known a calmer player. \"He sleeps before games, he eats, he plays. He does not need a machine whispering in his ear,\" Zawisza said. She added that he had spent two hours on Thursday preparing for Game 8 \"as if nothing had happened\".",
    "Rowan Eckersall, who is 34, has not spoken since Game 7 ended in defeat after four hours and 12 minutes, and his second, Quintin Pithey, did not return calls on Friday. Kaszuba, asked whether Pradonia would boycott the rest of the match if the result were annulled, said: \"We will cross that bridge in Port Aucel, not here.\"",
])

rep("jackdaw-2046-11-17-bishop-breaks-silence", "The Daily Jackdaw", "2046-11-17",
    "BISHOP BREAKS HIS SILENCE: chess champ says he never called Zed a cheat", [
    "Chess king Rowan Eckersall last night broke his silence over the bugging storm that has frozen the world title match - and insisted he has NEVER called his young rival a cheat.",
    "The Brennick Bishop, 34, told the Jackdaw: \"I did not ask for the match to stop. I asked for an answer. Somebody put that earpiece there and I would like to know who.\"",
    "The gadget - a cheap wireless bud that sells for around $39 online - was found taped under a sink in the rest room used by challenger Wojslaw \"Zed\" Zdzieblowski at 8.20pm on Wednesday, just over an hour after Zed had stunned the champ in Game 7.",
    "A private lab in Port Aucel ran 11 tests on the gadget, found NO fingerprints and discovered its battery slot was EMPTY, the Jackdaw can reveal. A source close to the investigation said: \"Whoever taped it there wore gloves or wiped it clean. It was never switched on.\"",
    "Zed, 26, hit back yesterday: \"If Rowan thinks I cheated, he can say it to my face across the board. I will be there on Monday.\"",
    "His big brother Radzim, who doubles as his manager, went further, branding the complaint \"a stunt\" and claiming Eckersall's camp \"knew they were beaten\".",
    "Meraunt's sports minister Aldwin Tengrove told reporters in Port Aucel that the pavilion would stay locked \"until the last question is answered\".",
    "The Bishop's right-hand man, Quintin Pithey, said the team had \"every right\" to raise the alarm. He said: \"If we had found it in Rowan's room, the other lot would be screaming for him to be banned for life.\"",
    "Global Chess Federation chief Cosima Fensome said the three-person ethics panel would sit today and could rule \"within days\". Federation insiders said Game 8 could go ahead as early as Tuesday.",
    "Grayle Security, which is being paid $310,000 to guard the Kestle Pavilion, said its guards had checked the challenger's rest room at 2.45pm, 15 minutes before the game began. A spokeswoman insisted: \"It was clean. We have the checklist and we have the photographs.\"",
    "Eckersall, champion since 2040 and worth an estimated $6 million, has won nine of their 23 classical games. His wife Juno Eckersall, 31, a former junior champion herself, posted on X on Thursday night: \"Proud of you, whatever happens.\" Bookies last night made Zed favourite to take the crown.",
])

rep("recorder-2046-11-20-cleared-but-who", "The Brennick Recorder", "2046-11-20",
    "Cleared, but who taped the earpiece to the challenger’s sink?", [
    "The Global Chess Federation’s ethics panel has found no evidence that Wojsław Ździebłowski cheated, and the world championship resumes in Port Aucel tomorrow, five days later than planned. What it has not found is whoever taped the earpiece to the challenger’s washbasin.",
    "Its ruling, published on Monday after two days of hearings and evidence from 17 witnesses, says the earpiece had no battery, had never been paired with a phone and is a model sold in dozens of shops in Port Aucel. It says footage from the corridor outside the rest room shows nobody entering between the pre-game search and the end of Game 7, but that a second door, from a service passage, is not covered by any camera.",
    "“We cannot say who put it there, and we will not guess,” the panel’s chairman, Arden Fenby, tells the Recorder. “What we can say is that it was never used.”",
    "Rowan Eckersall concedes that the complaint his team lodged last Wednesday was “perhaps too loud”, but insists it was the right call. “Quintin came into my dressing room and said, ‘They have found something in his bathroom, Rowan,’ and I told him to write it down and take it to the arbiter,” he says. “What else was I supposed to do? Pretend I had not heard?”",
    "Ździebłowski is less gracious. “I lost a week of my life to a piece of plastic,” he says, “and nobody has said sorry.” His brother Radzim says the family will not take the matter further, and that the federation owes it an explanation of why the service door was never watched.",
    "The federation has fined Eckersall’s team $50,000 for making its complaint public before the panel had met, a penalty Quintin Pithey calls “absurd”. Cosima Fensome, the federation’s president, is unmoved. “Rules about confidentiality are not suggestions. They bind the champion as much as anyone,” the president says.",
    "Pradonia’s sports minister, Bożena Kaszuba, says Meraunt has agreed to fit a camera on the service door before Wednesday’s game, and Brennick, which had kept out of the row, says it welcomes the panel’s work.",
    "The schedule has been redrawn: the match, due to finish on 27 November, now runs to 4 December, and holders of tickets for the three lost game days, about 2,600 of them, will be refunded. Ździebłowski leads by a single point with seven games left. Game 8 starts at 3pm in Port Aucel, which is 7am in Brennick, and Eckersall jokes that he will be “awake by move 20, with luck”.",
])

rep("wyebrook-2046-11-21-game-eight-live", "Wyebrook Radio", "2046-11-21",
    "LIVE: Eckersall v Zdzieblowski, Game 8, as the world championship resumes", [
    "LIVE: Eckersall v Zdzieblowski, Game 8, as the world championship resumes - Wednesday 21 November\nAll times GMT",
    "06:40\nGood morning from Brennick. The world championship is back: Game 8 starts at 07:00 GMT, which is 15:00 in Port Aucel and 08:00 in Debnowiec.",
    "06:52\nPradonia's sports minister Bozena Kaszuba wrote on X this morning that the whole country would be \"watching every move\" and that she hoped \"the best player, not the loudest team\" would win.",
    "06:59\nThe players are at the board. Some 300 spectators are in the hall. Eckersall offers his hand first and Zdzieblowski takes it. Chief arbiter Seraphine Vexley starts the clocks.",
    "07:20\nOur commentator, the former champion Tabitha Marbrook, says the handshake matters. \"After a week like that, a handshake is not nothing. It tells you both men want this settled at the board,\" she says.",
    "07:55\nEckersall has chosen a quiet opening. Marbrook: \"He is not going to gamble today. He needs a draw more than he needs a win.\"",
    "08:31\nA reminder of how we got here: a wireless earpiece with no battery, found under a sink in the challenger's rest room last Wednesday, a complaint lodged that night and a match frozen for six days. The federation's ethics panel cleared Zdzieblowski on Monday.",
    "09:14\nRadzim Zdzieblowski told us he slept badly for the first time in the match. \"I am more nervous than he is. He is playing, I am only watching,\" Zdzieblowski says.",
    "10:02\nMove 24 and the position is level. Quintin Pithey, Eckersall's second, tells us the team has \"no regrets\" about the complaint and that the $50,000 fine will be appealed.",
    "10:47\nThe federation's president, Cosima Fensome, is in the hall. She tells Wyebrook Radio that a second camera, costing about $4,500, was fitted on the service door yesterday at Meraunt's expense. \"Nobody will ever again be able to say this room was not watched,\" Fensome says.",
    "11:30\nThe queens came off after 33 moves. Marbrook says a draw is close.",
    "11:52\nDraw agreed after 38 moves and four hours and 52 minutes. Zdzieblowski still leads by one point with six games to play.",
    "12:15\nAt the press conference, Eckersall is asked whether he owes his opponent an apology. \"I owe him a hard game on Friday, and he will get one,\" he replies. Zdzieblowski, beside him, smiles: \"We will see.\"",
    "12:40\nGame 9 is on Friday at 15:00 Port Aucel time, 07:00 here. Vexley said before today's game that play would start on time \"whatever happens outside the hall\".",
])
