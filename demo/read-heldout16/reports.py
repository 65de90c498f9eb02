"""The invented reports of demo/read-heldout16 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("tqn-2041-04-15-marathon-course-short", "Thornquill News", "2041-04-15",
    "Halvergate Marathon may have been short, organisers say; Lazarian record in doubt", [
    "HALVERGATE, Corvenna, April 15 (TQN) - The organisers of the Halvergate Marathon said on Monday that Sunday's race may have been run over a short course, a finding that would wipe out the national record set by Lazarian runner Mikolaj Zreba and the times of more than 11,000 other finishers.",
    "Zreba, 27, won in 2:04:38, 41 seconds inside his own Lazarian record. The race started at 09:00 local time (08:00 GMT) on the Esplanade, and he crossed the line shortly after 11:04.",
    "After the race, runners began posting data from their watches that showed a distance of about 41.6 kilometres rather than the regulation 42.195. At least 3,000 of them had uploaded their routes by Sunday night, according to Stridelog, the running app most of them used.",
    "\"I looked at my watch at the finish and thought it was broken,\" said Priya Marchbank, a club runner from Halvergate who finished in just over three hours. \"Then I saw that everybody around me was staring at theirs.\"",
    "Aldmoor Events, which has organised the race since 2029, said in a statement it was \"taking the reports extremely seriously\" and had asked the Corvennan Athletics Federation (CAF) to measure the course again. The race director, Gresham Pyke, told reporters that the turnaround on Wharfside had been moved during roadworks last week and that \"somebody may have put the cone back in the wrong place\".",
    "A CAF spokesman said the federation's measurer would ride the course with a calibrated bicycle on Tuesday, starting at 05:30 to beat the morning traffic. \"If the course is short, no record set on it can stand. That is not our choice. It is the rule,\" the federation said in a statement.",
    "Speaking at the finish on Sunday, before any doubts emerged, Zreba said he had \"never felt so light\" over the last ten kilometres. \"I ran for my father and for Sedomierz, and this record belongs to both of them,\" he said. His father and coach, Tadeusz Zreba, declined to comment on Monday.",
    "The women's race was won by Keziah Pyke of Corvenna, no relation to the race director, in 2:22:10. Pyke wrote in a short post on X that she would \"wait for the measurer like everyone else\".",
    "Zreba collected 30,000 euros in prize money. A further 20,000-euro bonus for breaking the course record will be held back until the federation has ruled, Aldmoor said.",
    "Sport Minister Lavinia Denholm said the government had \"full confidence\" in the federation. About 14,200 runners started the race, according to Aldmoor.",
])

rep("courant-2041-04-17-598-metres", "The Halvergate Courant", "2041-04-17",
    "The 598 metres between Mikołaj Zręba and a record", [
    "Ansel Mottram left the start line on the Esplanade at half past five yesterday morning on a bicycle with a counter clamped to its front wheel. By the time he wheeled it back, a little after nine, the Halvergate Marathon was 598 metres shorter than its name promised, and Mikołaj Zręba was about to lose his national record.",
    "The course, the federation’s measurer tells the Courant, is 41,597 metres long, or 1.4 per cent short. “The cone at the Wharfside turnaround was 299 metres short of the spot I painted on April 3,” he says. “Out and back, that is 598 metres. The sums are not difficult.”",
    "The Corvennan Athletics Federation meets at noon today to rule. Its president, Maud Ketteridge, said last night that she saw “no way” a record could be ratified on a short course, but that the finishing order and the prize money were a matter for the organisers.",
    "In his hotel, Zręba, 27, is calmer than his father. “On Sunday night my father knocked on my door and said, ‘Mikołaj, they are saying the course was short,’ and I laughed at him,” he says. “Nobody is laughing now.”",
    "Tadeusz Zręba, 58, who has coached his son since the boy was 14, is less forgiving. “My son ran 42 kilometres, and they measured 41 and a half. Who gives him back the difference?” he asks.",
    "According to Aldmoor Events, Brankley Highways resurfaced Wharfside last week and re-marked the turnaround late Friday, and the organisers’ volunteers put the cone on the contractor’s mark rather than on Mottram’s. Brankley says it painted the spot it was given. Its managing director, Desmond Orrey, says the firm was sent a drawing “with the old turnaround on it” and will show it to anyone who asks.",
    "Gresham Pyke, the race director, has not said who sent that drawing. “We have 11,806 finishers who deserve an answer, and they will get one,” Pyke says. “But not today, and not from me alone.”",
    "Keziah Pyke, the women’s winner and no relation, says she is “heartbroken for Miko” and relieved that her own time, 2:22:10, was never going to be a record.",
    "Sport Minister Lavinia Denholm told parliament on Tuesday that the government would “not interfere” in a sporting decision. The minister said the marathon brought about €14 million into the city.",
    "The younger Zręba flies home to Sędomierz tomorrow. Asked whether he would come back to Halvergate next year, he smiles. “If they measure it first,” he says.",
])

rep("ruckus-2041-04-18-cone-gate", "The Daily Ruckus", "2041-04-18",
    "CONE-GATE! How one painted spot cost Miko his record", [
    "It was the run of his life. Then a bloke with a tin of paint took it away.",
    "Lazarian marathon ace Mikolaj Zreba – Miko to his army of fans – smashed his country’s record in Halvergate on Sunday. Yesterday the Corvennan Athletics Federation wiped it from the books after finding the course was 598 metres short.",
    "Federation chief Maud Ketteridge told a packed press conference at 2pm: “A marathon is 42.195 kilometres. Not 41.6, not 41.9. The record is void, and so is every personal best set on Sunday.”",
    "She added that Sunday’s finishing order would stand and that the prize money was “a matter for Aldmoor”.",
    "Heartbroken Miko, 27, told the Ruckus from his hotel: “I gave that road everything I had. I did not know the road was giving me 600 metres back.”",
    "Dad and coach Tadeusz Zreba, 58, fumed: “Somebody in an office made a mistake and my boy pays for it. That is how they do things here.”",
    "The Ruckus can reveal that the spot was painted late Friday by a Brankley Highways crew working from an out-of-date drawing. One of the crew, who would not give his name, said: “We paint where the paper says. Nobody told us there was a new paper.”",
    "The federation’s measurer, Ansel Mottram, told the Ruckus he had checked his own figures three times. “The bike does not lie,” he said.",
    "Race boss Gresham Pyke admitted yesterday that the drawing came from his own office. “It was our drawing and our mistake, and I will not hide behind a contractor,” he said.",
    "Runners are livid. Since the measurer’s figures came out on Tuesday night, more than 4,000 of them have signed a petition demanding back their €85 entry fee. “Eighty-five euros, and they short-changed us by the length of six football pitches?” fumed Halvergate mum-of-three Lorna Bexley, 44.",
    "Women’s winner Keziah Pyke – no relation to the race boss – said on X that she would run “any course, any time, as long as somebody measures it twice”.",
    "Lazaria’s Sport Minister Jadwiga Pakowska wrote on X on Tuesday night that her country’s record “was won on the road and will be defended on the road”. Organisers Aldmoor Events said last night that refunds were “under discussion”.",
    "Miko flies home today. His dad says they will be back.",
])

rep("wiesci-2041-04-19-zreba-home", "Wieści Sędomierskie", "2041-04-19",
    "Sędomierz welcomes Zręba home as minister writes to Halvergate", [
    "SĘDOMIERZ, 19 April – About 400 people waited at Sędomierz airport on Thursday night to welcome Mikołaj Zręba home, four days after a marathon in Corvenna gave him a national record and then, on Wednesday, took it away.",
    "Zręba's plane from Halvergate landed at 21:50 local time, 40 minutes late. \"I have lost a record, not a race. I won that race, and nobody can measure that away,\" he told the crowd from a bench in the arrivals hall.",
    "\"He ran like a boy running home from school,\" said Zofia Dąbek, 71, who had brought a hand-painted banner with his time on it.",
    "Sport Minister Jadwiga Pąkowska said on Thursday that she had written to her Corvennan counterpart, Lavinia Denholm, asking for the full measurement report and the contractor's drawings. Sędomierz has also asked Halvergate to let a Łazarian measurer ride the course again, the ministry's statement said.",
    "Pąkowska, who ran for Łazaria at two world championships, added that the ministry would pay for the measurer's trip. \"We do not ask for favours. We ask for a tape measure and an honest pair of eyes,\" she said.",
    "The race started at 10:00 Łazarian time (08:00 GMT) on Sunday, and about 1.2 million people watched the finish, according to Telewizja Łazarska.",
    "According to the measurement report, which the Corvennan federation published on Wednesday, the course was 41,597 metres long instead of 42,195. The report says the whole error came from \"the position of the turnaround cone\" and that the rest of the course was accurate to within four metres.",
    "Zręba's winning time of 2:04:38 would have been the fastest marathon run anywhere this year. The old Łazarian record, 2:05:19, which he set in Sędomierz in 2039, now stands again.",
    "Zręba's father, Tadeusz Zręba, who has coached him since 2028, said the family would not go to court. \"We are runners, not lawyers. Mikołaj will run another marathon on a course measured by honest people,\" Zręba said.",
    "Aldmoor Events, the Halvergate company that organises the race, has not said whether Zręba will keep the 20,000-euro course-record bonus. A spokeswoman told Wieści Sędomierskie that the company's board would decide on Saturday.",
    "Zręba arrived in Halvergate earlier this month to run the course in training, and his next race is the Sędomierz half marathon on 8 June.",
])

rep("saltwick-2041-04-20-aldmoor-board-live", "Saltwick FM", "2041-04-20",
    "LIVE: Marathon organisers meet over short course", [
    "LIVE: Marathon organisers meet over short course - Saturday 20 April\nTimes are Halvergate time (UTC+1)",
    "09:05\nThe board of Aldmoor Events meets at 10:30 (11:30 in Sędomierz) at its offices on the Esplanade. On the table: refunds for 11,806 finishers and the €20,000 bonus held back from Mikołaj Zręba.",
    "09:40\nLorna Bexley, who started the refund petition, tells Saltwick FM it now has 6,212 signatures. \"We're not asking for the moon. We're asking for 598 metres, or the money,\" she says.",
    "10:15\nBrankley Highways says in a written statement that it will pay for Tuesday's re-measurement \"and for nothing else\", and that its crew followed the drawing it received from Aldmoor on April 9.",
    "10:50\nAbout 150 runners have gathered outside Aldmoor's offices, some of them still wearing Sunday's orange finisher shirts.",
    "11:20\nThe meeting has overrun. An Aldmoor spokeswoman says a decision is now expected at about 12:15.",
    "11:50\nSport Minister Lavinia Denholm, on a visit to Pellbury, says she expects the race to go ahead next year. \"The Halvergate Marathon is bigger than one bad morning on Wharfside,\" the minister says.",
    "12:20\nGresham Pyke has resigned as race director. \"I signed the drawing. I should have checked it twice, and I checked it once,\" Pyke says in a statement read out by Aldmoor's chairwoman, Gwendolen Vail.",
    "12:35\nVail announces that every finisher will get 40 per cent of the €85 entry fee back, or €34 each, and that Zręba will keep his bonus. \"He ran the course we gave him, and he ran it faster than anyone has ever run in this city,\" she says.",
    "13:10\nZręba writes on X that he is grateful and will give the bonus to a youth running club in his home town.",
    "13:45\nTadeusz Zręba tells Saltwick FM by phone from Sędomierz that his son \"slept for twelve hours\" after landing on Thursday, and that the family has accepted the decision.",
    "14:05\nAnsel Mottram, who measured the course on Tuesday, tells Saltwick FM he will ride next year's route himself, \"once the last cone is down\". \"I have measured 40 courses in this country. I had never lost a record to a paint pot until now,\" he says.",
    "14:30\nMaud Ketteridge, the federation's president, says the CAF will re-measure every certified course in Corvenna, 23 in all, by 30 June. Next year's Halvergate Marathon will be held on 13 April 2042.",
])
