"""The invented reports of demo/read-heldout25 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("ormsgate-2048-10-09-bank-blames-typed-time", "Ormsgate Wire", "2048-10-09",
    "Brannovian central bank blames one wrongly typed time for early release of rate cut", [
    "ZAROVICE, Brannovia, Oct 9 (Ormsgate Wire) - Brannovia's central bank said on Friday that a wrongly typed time had put Thursday's surprise interest rate cut on its website 58 minutes early. Traders in at least one foreign financial centre appear to have been watching.",
    "The Brannovian National Bank (BNB) cut its main rate by 0.75 percentage points to 3.75 percent, against the 0.25-point reduction most economists had forecast. The decision went live at 13:02 local time (12:02 GMT) and was removed 11 minutes later, the bank said. It was meant to appear at 14:00.",
    "\"Somebody entered the GMT time into a system that runs on Zarovice time. It is that simple, and that embarrassing,\" Governor Vlastimil Strelecky told a news conference on Friday morning. \"We will find out who saw it, and we will publish what we find.\"",
    "\"I am not going to blame a junior colleague for a system that let one keystroke do this,\" he said, \"but nor will I pretend it was anything other than our failure.\"",
    "The crown fell about 2.4 percent against the dollar in those 11 minutes. Three traders at banks in Cobbleford, the financial centre of Tamberlund, said most of the selling had come from one fund, Gorsemoor Capital. One of them said the fund had sold \"something close to a billion crowns\" before 07:15 Cobbleford time (12:15 GMT).",
    "Gorsemoor, which manages about $6 billion, did not respond to requests for comment on Friday. Its founder, Ignatius Tremlow, wrote late on Thursday in a post on X that his fund had \"traded on public information, as we always do\".",
    "Brannovia's finance minister, Svatopluk Krepelka, called the episode \"unacceptable\" and told reporters he had asked the bank for a full account by Monday. A bank statement issued at 18:30 local time on Thursday said the BNB \"deeply regrets\" the error and that an outside firm would review how releases are handled.",
    "The Tamberlund Securities Commission (TSC), the country's markets regulator, said it was \"aware of the trading activity\" and was gathering information. It would not say whether it had contacted Gorsemoor.",
    "Hepzibah Fanshaw, chief economist at Merriwold Bank in Cobbleford, said the size of the cut had \"caught everyone off guard except the people who read it early\".",
    "Strelecky is due before parliament's budget committee on Tuesday. The bank's seven-member board meets next on Nov. 5, with the decision again set for 14:00 local time.",
])

rep("penezni-hlidka-2048-10-10-hrdonova-resigns", "Peněžní Hlídka (English edition)", "2048-10-10",
    "Hrdoňová resigns over rate leak as Křepelka asks Cobbleford for names", [
    "ŽÁROVICE, 10 October – Radmila Hrdoňová, the deputy governor of the Brannovian National Bank in charge of communications, resigned late on Friday, two days after the bank's rate decision appeared on its website nearly an hour early. The board accepted her resignation at an emergency meeting this morning.",
    "Hrdoňová, 51, joined the bank as a press officer in 2029 and became deputy governor in 2044, the first woman to hold the post.",
    "\"The error happened in my department, and the responsibility is mine,\" Hrdoňová wrote in a letter to staff seen by Peněžní Hlídka. \"I have given this bank 19 years. I will not give it another one defending a mistake I should have prevented.\"",
    "Governor Vlastimil Střelecký, who called her \"the most careful person in this building\", said the board would name an acting deputy on Monday.",
    "Speaking to this newspaper on Friday afternoon, Střelecký described the moment he learned of the leak. \"Miroslava Dvořáčková, our chief economist, walked into my office at nine minutes past one and said, 'Governor, the decision is already out.' I thought she was joking. She was not,\" he said.",
    "According to the bank's own logs, the page stayed online for 11 minutes, from 13:02 to 13:13, and was opened 412 times. At least 37 of those visits came from internet addresses in Tamberlund.",
    "Tessellon Systems, the Žárovice company that wrote the publishing software, said in a statement that its system had \"worked exactly as instructed\" and that it had offered in 2046 to add a second check before any release. The bank declined that offer, the statement said.",
    "Finance Minister Svatopluk Křepelka, who spent two hours with the governor on Friday, wants to know who profited. \"If somebody in Cobbleford made money from our mistake, Brannovian taxpayers deserve to know who, and how much,\" the minister said.",
    "His ministry has asked the Tamberlund Securities Commission for its trading records, a ministry spokesman told Peněžní Hlídka. Žárovice expects Cobbleford to cooperate \"fully and quickly\", the spokesman added.",
    "Ludvík Šafránek, the opposition deputy who chairs parliament's budget committee, said the size of the cut mattered less than \"the fact that a fund on the other side of the world knew it before our own pensioners did\". His committee will question Střelecký on Tuesday from 10:00.",
    "The crown recovered some ground yesterday, closing at 23.85 to the dollar after touching 24.40 on Thursday.",
])

rep("sunday-grebe-2048-10-11-the-crown-prince", "The Sunday Grebe", "2048-10-11",
    "THE CROWN PRINCE: Cobbleford fund boss bags $19 MILLION in 11 minutes", [
    "He's been dubbed the Crown Prince - and this weekend Cobbleford's luckiest money man is grinning from ear to ear.",
    "Hedge fund boss Ignatius Tremlow, 52, raked in an estimated $19 million on Thursday morning by dumping Brannovian crowns in the 11 minutes after the tiny nation's central bank blurted out its big news early, City traders told the Grebe.",
    "Tremlow's Gorsemoor Capital started selling at 7.04am our time - just two minutes after the Brannovian National Bank's top-secret rate cut popped up online, and long before most of Cobbleford had finished its cornflakes.",
    "Pals say the former rugby player, who started Gorsemoor in 2031 with $40 million of borrowed cash, hasn't taken a day off in years.",
    "Cornered outside his $8.5 million mansion in Hartsease Hill yesterday, the Crown Prince was having none of it. \"We were awake. That's not a crime,\" he told the Grebe. \"My junior trader rang me and said, 'Boss, the crown's about to fall off a cliff,' and I said, 'Then sell it.' Anyone could have done the same.\"",
    "But in Brannovia they're fuming. Finance Minister Svatopluk Krepelka branded the trades \"a smash-and-grab on a small country\" and said Tamberlund's regulator must hand over \"every last record\".",
    "And in a twist you couldn't make up, the woman leading the probe is ALSO called Tremlow. Dorcas Tremlow, enforcement boss at the Tamberlund Securities Commission, is no relation - and made sure everyone knew it. \"I have never met the man and I don't plan to, except across an interview table,\" she told reporters on Friday.",
    "Tremlow - the rich one - insisted the TSC would find \"nothing but good reflexes\". He added that Gorsemoor had made \"nowhere near\" $19 million, but refused to give a figure.",
    "Back in Zarovice, red-faced bank chiefs have already lost one scalp. Deputy governor Radmila Hrdonova quit on Friday night after 19 years at the bank.",
    "Merriwold Bank economist Hepzibah Fanshaw said the handful who spotted the page early were \"the only people in the market who had a good Thursday\". About 40 other firms traded crowns in the same 11 minutes, she said, but none as heavily as Gorsemoor.",
    "The TSC says it will decide by Tuesday whether to freeze the cash. The Crown Prince plans to go sailing next week. \"The sea doesn't read central bank websites,\" he grinned.",
])

rep("kelpwater-2048-10-13-governor-hearing-live", "Kelpwater Radio", "2048-10-13",
    "LIVE: Brannovian rate leak, the governor before MPs and a decision on Gorsemoor", [
    "LIVE: Brannovian rate leak, the governor before MPs and a decision on Gorsemoor - Tuesday 13 October\nAll times are Cobbleford time (GMT-5)",
    "03:55\nBrannovia's central bank governor, Vlastimil Strelecky, is about to face parliament's budget committee in Zarovice. The hearing starts at 10:00 local time, which is 09:00 GMT and 04:00 here.",
    "04:12\nStrelecky opens with an apology. \"On Thursday the 8th of October this bank let its country down. I am here to explain how, and to make sure it never happens again,\" the governor said.",
    "04:31\nHe says the employee who typed the wrong time has not been disciplined and will not be named. Committee chairman Ludvik Safranek is unimpressed: \"A bank that cannot tell the time should not be setting the price of money.\"",
    "05:02\nHow many people inside the bank knew the decision in advance? Strelecky: \"Eleven. The seven board members, our chief economist and three people in communications.\"",
    "05:40\nOur markets reporter Hedley Vance says the crown is steady this morning at 23.90 to the dollar, close to where it ended last week. \"Traders are watching two things today: what Strelecky admits, and what the TSC does with Gorsemoor's money,\" he says.",
    "06:15\nDorcas Tremlow, enforcement director at the Tamberlund Securities Commission, will speak at 09:30, which is 14:30 GMT and 15:30 in Zarovice, according to the commission.",
    "07:48\nGorsemoor Capital says in a statement just out that it \"acted within minutes, not outside the rules\" and that it will fight any freeze \"in every court available\".",
    "08:20\nThe hearing in Zarovice has ended after more than four hours. Strelecky told MPs the bank would from now on release decisions by hand, with two people present. He had offered his own resignation on Friday, but Finance Minister Svatopluk Krepelka refused it, he said.",
    "08:45\nIn a post on X just now, Krepelka said he had \"full confidence\" in the governor and that the deputy governor's job would be filled \"within weeks, not months\".",
    "09:34\nHere is Dorcas Tremlow. The commission has frozen $19.2 million in Gorsemoor accounts for 30 days while it investigates, she says. \"Being early is not against the law. Being early because somebody slipped you the answer may well be,\" she said.",
    "09:41\nAsked whether she is related to Ignatius Tremlow, she laughed. \"Not by blood, not by marriage, not by anything,\" she said.",
    "10:05\nIgnatius Tremlow, reached by phone on his boat, told us the freeze was \"pure theatre\" and that his lawyers would be in court by Friday.",
    "10:40\nThat's all from us today. The BNB's board meets again on 5 November, and this time, Strelecky promised MPs, the decision will go out at 14:00 Zarovice time sharp, \"not a minute before\".",
])

rep("cobbleford-despatch-2048-10-15-eleven-minutes", "The Cobbleford Despatch", "2048-10-15",
    "Eleven minutes that moved the crown, and the rules nobody wrote", [
    "A week ago today, at 07:02 on a grey Cobbleford morning, a page that should not yet have existed appeared on the website of the Brannovian National Bank, some 7,000 kilometres away. By the time anyone in Žárovice noticed, Ignatius Tremlow’s Gorsemoor Capital had sold, by most estimates, between 900 million and 1.1 billion crowns.",
    "Tremlow, 52, receives the Despatch in a glass-walled office above the harbour and is unrepentant about last week. “Markets reward people who pay attention,” he says. “On Thursday we paid attention. On Tuesday the commission froze our money for it.”",
    "The page was public, he argues, and public means public: “If the bank leaves its front door open, you do not arrest the people who walk past and notice.”",
    "Dorcas Tremlow, the commission’s enforcement director, sees it differently. What matters, she tells the Despatch, is not whether Gorsemoor was quick but whether anyone told it where to look. Her team has asked Brannovia’s finance ministry for the internet addresses behind all 412 visits to the page, and Žárovice has agreed to hand them over by 22 October, she says.",
    "The two Tremlows are not related and have never met. “People keep asking whether we are cousins,” the enforcement director says. “We are not even from the same end of the country.”",
    "In Žárovice, Governor Vlastimil Střelecký admits the bank “trusted a clock it never checked”. Since Tuesday every decision must be released by two people sitting side by side, he says; the software’s automatic timer has been switched off for good.",
    "Hepzibah Fanshaw, chief economist at Merriwold Bank, thinks the leak earlier this month has distracted from a bigger question. According to Fanshaw, a cut of 0.75 points when markets expected a quarter-point move “tells you the bank knows something the rest of us do not”. Merriwold’s own forecast has the crown 3 to 4 percent weaker by Christmas.",
    "Cobbleford says it will stay out of the affair. “This is a matter for an independent regulator,” the Treasury said in a statement on Monday, “and we intend to keep it that way.”",
    "Brannovia’s finance minister, Svatopluk Křepelka, is less patient. He wrote in a Wednesday night post on X that he would raise the case “at every table where Tamberlund sits” and that his country would “not be a cash machine for the quick-fingered”.",
    "The bank’s seven-member board meets again on 5 November. Střelecký says the decision will appear at 14:00 Žárovice time, 13:00 GMT and 08:00 in Cobbleford, and that he will be watching the clock himself.",
])
