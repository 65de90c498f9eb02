"""The invented reports of demo/read-heldout34 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("kelpwire-2051-03-13-drambova-exchange-halt", "Kelpwire", "2051-03-13",
    "Drambova exchange halts trading for hours after matching engine fails at the open", [
    "DRAMBOVA, Tirvania, March 13 (Kelpwire) - The Drambova Securities Exchange stopped trading in all 214 of its listed companies for four and a half hours on Monday after the system that pairs buy and sell orders seized up minutes into the session, and within hours the exchange and the foreign company that built the system were blaming each other.",
    "The matching engine stopped filling orders at 09:33 and all trading was suspended at 09:44 local time (03:14 GMT), the Drambova Securities Exchange (DSX) said. More than 38,000 orders were stuck in the queue when the screens froze. Trading resumed at 14:14 and the session was extended by 90 minutes to let brokers catch up, the exchange said in a statement.",
    "\"The engine was fine on Friday and it was fine on Sunday night. The only thing that changed in between was a patch we did not write,\" chief executive Smaranda Varlanescu told reporters in the exchange's lobby. \"I want to know who tested it, and I want to know before Wednesday.\"",
    "According to Brightmere Systems, the company in Tamsfield, Brennary, that built the engine and still maintains it, the patch was installed remotely at 02:40 on Monday, Drambova time, and passed \"every check the exchange asked us to run\". The firm said it was sending a team to Drambova on the first available flight.",
    "The exchange had been told about the patch on Thursday and had approved it, two people familiar with the matter said.",
    "The Tirvex index, which tracks the 40 largest companies on the exchange, closed 2.6 percent lower in the shortened session. On a normal day about $310 million of shares change hands in Drambova.",
    "Elvira Haralamb, president of the Tirvanian Brokers' Association, said that her members had lost at least $6.8 million in trades they could not make and that they would seek compensation \"from whoever turns out to be responsible\".",
    "The Capital Markets Commission (CMC), the market regulator, opened an inquiry late Monday. Its chairman, Horia Murgasanu, noted that it was the exchange's second halt in 18 months. Brightmere did not answer further questions on Monday evening.",
    "It was the longest halt since the exchange switched to fully electronic trading in 2031, according to its own records. Brokers said several large funds had lined up orders over the weekend to be filled at the open.",
])

rep("vestitorul-2051-03-14-who-broke-the-exchange", "Vestitorul Drâmbovei (English edition)", "2051-03-14",
    "Minister orders inquiry as exchange and Brennarian vendor trade blame over Monday's freeze", [
    "DRÂMBOVA, 14.III.2051 (Vestitorul) — A day after the Drâmbova Securities Exchange went dark for four and a half hours, the question in every brokerage in the city is not what broke, but who broke it: Brightmere Systems, the Brennarian firm that patched the exchange's matching engine in the night, or the exchange's own staff.",
    "Finance Minister Aurica Gârboveanu summoned the exchange's chief executive, Smaranda Vârlănescu, to the ministry yesterday afternoon. \"There will be an inquiry,\" she said, \"and it will not stop at the door of a software company.\" The minister said the Capital Markets Commission would report to her by Friday. The commission's chairman, Horia Murgășanu, said his inspectors had already copied the logs of both companies and would begin questioning staff from Thursday.",
    "Costin Haralamb, the exchange's head of operations, told Vestitorul that his team had followed every procedure. \"Their engineer wrote to us at ten to three in the morning, 'Patch is in, you are good to open,' and we took her at her word,\" Haralamb said. \"Nobody here touched that engine before the bell.\"",
    "Brightmere tells a different story. In a statement issued late on Monday, the firm said its logs showed that a DSX engineer had restarted the engine's main server at 09:12, 18 minutes before the open, and loaded a settings file dated 2 February. Eudora Brayford, the engineer who installed the patch from Tamsfield, had handed over \"a clean, tested system\", the statement said.",
    "Exchange sources said the restart had been requested by Brightmere's own support desk. Elvira Haralamb, president of the Tirvanian Brokers' Association and no relation of the operations chief, said more than 300 investors, large and small, had already written to the association to ask for compensation.",
    "One of them is Grigore Năstăsel, 71, a retired chemistry teacher, who entered an order to sell his shares at a quarter past nine on Monday. \"At half past two the screen still showed my order as waiting,\" he said. \"By then the price had dropped 9 percent. Who gives me that back, Brightmere or the exchange?\"",
    "According to the Capital Markets Commission, it is the exchange's second halt in 18 months: in September 2049 trading stopped for 40 minutes after a network fault. The DSX, which has used Brightmere's engine since 2044, opened normally this morning, and the Tirvex index won back 1.1 percent in the first hour.",
])

rep("thwack-2051-03-15-hands-off-our-boffins", "The Midweek Thwack", "2051-03-15",
    "HANDS OFF OUR BOFFINS! Lady Freeze blames Tamsfield for HER market meltdown", [
    "They broke their own market - and now they want OUR engineers to take the fall.",
    "Smaranda Varlanescu, boss of the creaking Drambova Securities Exchange, has spent two days telling anyone who will listen that a patch from Tamsfield's own Brightmere Systems froze her trading floor on Monday. Traders over there have already christened her Lady Freeze.",
    "But the Thwack can reveal that Brightmere's phone records tell a very different tale. The first panicked call reached the firm's on-call engineer at 11.20pm our time on Sunday - 9.50am on Monday in Drambova - a full six minutes AFTER the Drambova Dinosaur had pulled the plug.",
    "Brightmere boss Ninian Aldcroft flew out to Drambova on Monday morning with engineer Eudora Brayford, 34, the woman who installed the patch from her desk in Tamsfield. She told the Thwack: \"I put the patch in, I ran the checks, and I went to bed. Somebody over there restarted that server with a file from February.\"",
    "Brayford, a Brightmere lifer of eleven years, told us she had never seen one of her patches fail. \"Not once, not ever,\" she added.",
    "Aldcroft wrote in a Tuesday post on X that Brightmere would \"publish every line of the logs\" and that his engineers had \"nothing to hide and nothing to say sorry for\".",
    "Only last week the Dinosaur was boasting that it could match 5,000 orders a second. When it mattered, it matched none. Lady Freeze hit back on Tirvanian television last night: \"We do not take lessons from the people who broke our market.\" Charming.",
    "Trade Minister Barnabas Thackwray fumed: \"Brennarian firms keep half the world's exchanges ticking. I will not let one of them be made a scapegoat by a market that cannot keep its own house in order.\"",
    "Tamsfield has warned Drambova that it will take the row to the regional trade council if Brightmere is blamed without proof, and insiders say the Tirvanian government has so far refused to share a single log. A spokesman at the Tirvanian embassy in Tamsfield declined to comment when we called yesterday.",
    "Aldcroft flew home alone for Thursday's grilling by MPs and landed at 2am our time today. Brayford stays behind in Drambova, where the Dinosaur plans a full test run this weekend. Brightmere employs 1,400 people in Tamsfield. Our money is on them.",
])

rep("ferncastle-2051-03-16-brightmere-before-mps-live", "Ferncastle Radio", "2051-03-16",
    "LIVE: Brightmere chief before MPs over the Drambova crash", [
    "LIVE: Brightmere chief before MPs over the Drambova crash - Thursday 16 March\nAll times Tamsfield time (GMT-4)",
    "08:30\nGood morning. Ninian Aldcroft, chief executive of Brightmere Systems, goes before parliament's trade committee at 10:00 to explain what his company's patch did, or did not do, to the Drambova Securities Exchange on Monday.",
    "09:15\nOur correspondent Faye Oldacre is in Drambova, where it is 19:45: \"The exchange has just finished its third clean session since the crash. The feeling in the trading room is that the fault has been found, and that it lives in Tamsfield.\"",
    "10:05\nThe committee is sitting. Its chair, Rhona Gilfeather, opened by saying that MPs were there to find facts and that \"nobody in this room is on trial\".",
    "10:40\nAldcroft has read out his own timeline. \"We wrote the patch,\" he said, \"but we did not press the restart button, and we did not pick the file that was loaded after it.\"",
    "11:25\nAsked whether Brightmere had ever tested the patch against the exchange's old February settings, Aldcroft paused. \"Not against that file, no. Nobody told us it was still in use,\" the chief executive said.",
    "12:10\nA Brightmere engineer who asked not to be named told us outside the committee room that the company had warned the exchange about the old settings file in January.",
    "13:30\nIn Drambova, the Capital Markets Commission says it will publish its preliminary findings at 08:00 on Friday, Drambova time. That is 01:30 GMT, or 21:30 here tonight.",
    "14:45\nDrambova says it has given the commission \"every log, every badge swipe and every phone call\" from Monday morning, and that the exchange's duty engineer, Mihnea Oprisan, has been suspended on full pay.",
    "15:20\nGilfeather asked Aldcroft whether Brightmere would pay compensation. He said the company would \"pay for its own mistakes, and only for those\".",
    "16:05\nThe hearing is over. The chair said the committee would write to the Tirvanian finance minister, Aurica Garboveanu, by next Monday.",
    "17:10\nBrightmere has postponed its investor day, planned for 28 March, the company confirmed. Its shares closed 4 percent lower, wiping about $52 million off its value.",
    "21:40\nThe CMC's preliminary report is out, 13 pages long. It says the patch could not read settings files older than 30 days, and that the exchange loaded one of those files without the sign-off its own rules require.",
    "21:55\nThat's all from us for today. Faye Oldacre will have reaction from Drambova tomorrow.",
])

rep("vigil-2051-03-18-a-patch-a-restart-and-a-file", "The Drâmbova Vigil", "2051-03-18",
    "A patch, a restart and a file from February: how the exchange lost four and a half hours", [
    "At 09:44 on 13 March – 03:14 GMT, and still 23:14 on Sunday night in Tamsfield – a duty officer at the Drâmbova Securities Exchange pressed the key that stops all trading. Five days on, the preliminary report of the Capital Markets Commission gives each side of the quarrel something to wave and neither side anything to celebrate.",
    "The 13-page report, published yesterday, finds that the patch Brightmere Systems installed overnight could not read settings files older than 30 days. It also finds that a DSX engineer loaded just such a file when he restarted the main server at 09:12, without the second signature the exchange’s own rules require.",
    "Smaranda Vârlănescu, the exchange’s chief executive, gives no ground. “A patch that falls over when it meets a file from last month is not a finished patch,” she tells the Vigil. “We restart servers every week. Their own manual says, ‘Restart before the open if in doubt.’ That is what servers are for.”",
    "The engineer, whom the commission names as Mihnea Oprișan, 29, has not spoken in public. His lawyer says Oprișan acted on “a written instruction from Brightmere’s own support desk” and will show it to the commission next week. The Market Workers’ Union, which speaks for the exchange’s technical staff, says he is being made to carry the blame for a system that nobody in the building fully understands.",
    "Professor Octavian Bălțatu, who has studied exchange failures for 20 years, thinks both accounts can be true at once. The patch, he says, was fragile and the restart careless. “Two small mistakes do not add up to a small mistake,” the professor notes. “They multiply.”",
    "Horia Murgășanu, the commission’s chairman, says the final report will come by 30 April and that fines, if any, will be decided then. Finance Minister Aurica Gârboveanu told parliament on Thursday that the exchange must pay brokers first and argue with Brightmere afterwards.",
    "Elvira Haralamb, for the brokers, says their losses now stand at 210 million sovars, roughly $7.1 million. Costin Haralamb, the operations chief who signed off Monday’s opening checks, offered to resign on Wednesday; the exchange refused.",
    "Tamsfield insists the report clears its company; Drâmbova reads it the other way. The exchange renewed Brightmere’s contract earlier this month. A full rehearsal with the firm’s engineers is set for this weekend, and trading in all 214 companies will go on as normal on Monday, the exchange says.",
])
