# The sixteenth held-out cross-check corpus: 12 invented reports of a city council in Valtessa that
# declares it cannot balance its books after a failed finance and payroll system (Ebberhythe, Tue 9
# March 2038), and of the government's intervention fifteen days later: commissioners, an emergency
# loan and an audit that finds the hole deeper (Castrevel, Wed 24 March 2038). Everything is
# invented. build_gold.py writes reports.jsonl and gold.json from this list.

R = []


def add(id, outlet, published, title, paras):
    R.append({
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "url": "https://" + outlet.lower().replace(" ", "") + ".invalid/" + published.replace("-", "/") + "/" + id.split("-", 4)[-1],
        "text": "\n\n".join(paras),
    })


# ---------------------------------------------------------------- E1: the notice

add("stallard-2038-03-09-ebberhythe-notice", "Stallard Press Agency", "2038-03-09",
    "Ebberhythe council says it cannot pay its way after software failure", [
    "EBBERHYTHE, Valtessa, March 9 (Stallard) – Ebberhythe City Council declared on Tuesday that it could no longer balance its books, serving a formal notice that freezes all but essential spending after a failed finance and payroll system left it facing a 94 million solden shortfall.",
    "The council's chief finance officer, Lucius Ambrey, issued the Notice of Insufficient Means on Tuesday afternoon. The notice was served at 1405 GMT.",
    "It is the first time a Valtessan city council has served such a notice since the Municipal Finances Act came into force in 2009.",
    "\"I have no lawful choice but to issue this notice, and I issue it with a heavy heart,\" Ambrey said.",
    "The system, known as Tallyspring, was supplied by Orvantis Systems of Skellamar, in Brannica. It was contracted in 2033 for 12 million soldens, has so far cost 41 million and went live two and a half years late, last September.",
    "Since January it has paid 3,800 of the council's 11,200 employees the wrong amount, and it failed to send out council tax bills worth 58 million soldens, the council said. Staff who were underpaid will receive the difference on Friday.",
    "Councillors met in emergency session at Pellory House on Tuesday evening and voted 47 to 12 to approve the freeze, which spares only the services the council must provide by law, such as care for the elderly, child protection and refuse collection.",
    "\"There is no money left in the drawer, and I will not pretend there is,\" the council leader, Berenice Tresswell, told the meeting.",
    "Orvantis chief executive Anselmo Vaskell said the system worked and that the fault lay in the data the council had given it. Shares in Orvantis fell 14 percent in Skellamar.",
])

add("quillhamptongrindstone-2038-03-10-payroll", "Quillhampton Grindstone", "2038-03-10",
    "Neighbouring Ebberhythe declares it cannot pay its way", [
    "EBBERHYTHE, Valtessa (Stallard) – Ebberhythe City Council declared on Tuesday that it could no longer balance its books, serving a formal notice that freezes all but essential spending after a failed finance and payroll system left it facing a 94 million solden shortfall.",
    "The council's chief finance officer, Lucius Ambrey, issued the Notice of Insufficient Means on Tuesday afternoon.",
    "It is the first time a Valtessan city council has served such a notice since the Municipal Finances Act came into force in 2009.",
    "The system, known as Tallyspring, was supplied by Orvantis Systems of Skellamar, in Brannica. It was contracted in 2033 for 12 million soldens, has so far cost 41 million and went live two and a half years late, last September.",
    "Since January it has paid 3,800 of the council's 11,200 employees the wrong amount, and it failed to send out council tax bills worth 58 million soldens, the council said. Staff who were underpaid will receive the difference on Friday.",
    "Councillors met in emergency session at Pellory House on Tuesday evening and voted 47 to 12 to approve the freeze, which spares only the services the council must provide by law, such as care for the elderly, child protection and refuse collection.",
    "\"There is no money left in the drawer, and I will not pretend there is,\" the council leader, Berenice Tresswell, told the meeting.",
    "Quillhampton has bought its own payroll service from Ebberhythe since 2035. A spokeswoman for the town council said its 640 employees had been assured on Tuesday night that their March wages would arrive in full and on time.",
    "Distributed by Stallard Press Agency.",
])

add("castrevelkeystone-2038-03-10-drawer", "Castrevel Keystone", "2038-03-10",
    "The city that ran out of money", [
    "EBBERHYTHE – The notice runs to four pages, and Lucius Ambrey signed it at 4.05 p.m. on Tuesday at a desk on the third floor of Pellory House.",
    "It is a notice under section 31 of the Municipal Finances Act, and it means that Ebberhythe, a city of 310,000 people, can no longer pretend its income will cover its spending. The gap for the current year is 94 million soldens.",
    "Almost everyone at Pellory House traces the trouble to Tallyspring, the finance and payroll system the council ordered from the Brannican firm Orvantis Systems in 2033 for 12 million soldens. It arrived 30 months behind schedule and has so far cost 41 million. Since January it has paid 3,800 staff the wrong wages, and council tax bills worth 58 million soldens were never sent.",
    "Mr Ambrey first warned the council's cabinet, in a memo last November, that a notice might become unavoidable. The memo was never discussed in public.",
    "Staff who were underpaid will be made whole on 19 March, the council says.",
    "\"Our members have kept this city running while its own computer told them they owed it money,\" said Hamish Tullock of the Municipal Workers' Union.",
    "Councillors approved the spending freeze by 44 votes to 12 after almost four hours of argument in the council chamber at Pellory House. The opposition leader, Ingrith Mosscrop, said the city had bought \"a machine it did not understand from a company it never checked\".",
])

add("hooter-2038-03-10-black-hole", "The Hooter", "2038-03-10",
    "BROKE! CITY'S 49 MILLION BLACK HOLE", [
    "Red-faced bosses at Ebberhythe town hall have admitted the city is flat broke – with a whopping 49 million solden black hole in its books.",
    "Finance chief Lucius Ambrey pulled the emergency lever yesterday afternoon, slapping a freeze on everything but essential spending.",
    "The blame lies with a bungling computer system called Tallyspring, which cost taxpayers 41 million soldens and turned up two and a half years late. More than 3,000 council workers have been paid the wrong wages since January.",
    "\"Our members kept this city going while the council's own computer was telling them they owed it money,\" fumed union boss Hamish Tullock.",
    "At a stormy meeting at Tenterfield Hall last night, council leader Berenice Tresswell told councillors: \"There is no money left in the drawer, and I will not pretend there is.\"",
    "The Hooter can reveal that the 14 staff who ran the Tallyspring project were each handed a 2,000 solden bonus in 2037.",
    "Orvantis, the Brannican firm behind the system, blamed the council. Bins will still be emptied, the council insists.",
])

add("ebberhythewireless-2038-03-09-live", "Ebberhythe Wireless", "2038-03-09",
    "Live: Ebberhythe council's money crisis", [
    "15:40 – Pellory House is telling reporters to expect \"a significant announcement about the council's finances\" within the hour.",
    "17:30 – It's official. The chief finance officer, Lucius Ambrey, has issued a Notice of Insufficient Means; it was signed at 5.05 p.m., the council's press office says. All but essential spending is frozen as of now.",
    "17:45 – Ambrey, in a statement: \"I have no legal choice but to issue this notice. I do it with a heavy heart.\"",
    "18:10 – First figure from the council: the shortfall this year is \"at least 70 million soldens\".",
    "18:30 – Councillors are filing into the council chamber at Pellory House for the emergency meeting. The public gallery is full, and about a hundred people with placards are singing on the steps outside.",
    "19:05 – Ambrey tells the chamber the gap is now put at 94 million soldens, 58 million of it council tax that Tallyspring, the Orvantis Systems software, never billed.",
    "19:50 – Ambrey says 8,300 staff have been paid the wrong amount since January. Underpaid staff get the difference on Friday.",
    "20:35 – Council leader Berenice Tresswell: \"There is no money left in the drawer, and I will not pretend there is.\"",
    "21:40 – The vote: 47 for the freeze, 12 against. The meeting is over.",
])

add("skellamartallyman-2038-03-09-orvantis", "Skellamar Tallyman", "2038-03-09",
    "Orvantis shares slide as Valtessan city blames its software", [
    "SKELLAMAR – Shares in Orvantis Systems closed at 31.60 talders on Tuesday, down 5.15, after a city council in Valtessa said an accounts and payroll system built by the Skellamar company had helped push it into insolvency.",
    "Ebberhythe City Council declared at 11:05 a.m. Skellamar time that it could not cover a 94 million solden gap in its budget.",
    "The council says the system, Tallyspring, went live 18 months late and has cost it about 40 million soldens, against an original contract of 12 million. It blames Tallyspring for paying 3,800 employees the wrong amount and for failing to send out 58 million soldens in local tax bills.",
    "\"There is no money left in the drawer, and I will not pretend there is,\" the council's chief finance officer, Lucius Ambrey, said in a statement.",
    "Anselmo Vaskell, Orvantis's chief executive, said the company stood by its product. \"Tallyspring works. What failed in Ebberhythe was the data the council put into it,\" he told the Tallyman.",
    "Orvantis sells Tallyspring to 14 local authorities in Brannica, none of which has reported similar problems, Vaskell said.",
    "The council said the affected staff would be paid what they were owed on March 12.",
])

# ---------------------------------------------------------------- E2: the intervention

add("stallard-2038-03-24-commissioners", "Stallard Press Agency", "2038-03-24",
    "Valtessa sends commissioners to run insolvent Ebberhythe", [
    "CASTREVEL, Valtessa, March 24 (Stallard) – Valtessa's government will send three commissioners to take control of Ebberhythe City Council's finances and lend the city 60 million soldens after an audit found its budget gap was far larger than the council had admitted, the Minister for Local Government said on Wednesday.",
    "Ottavia Ellensoe told the National Assembly in Castrevel at 0930 GMT that the Valtessan Audit Office had put the shortfall at 112 million soldens, up from the 94 million the council estimated on March 9.",
    "\"Ebberhythe did not fall over. It was pushed, by a contract nobody in that building read to the end,\" Ellensoe said.",
    "The commissioners, led by Roderick Pymm, a former chief executive of Thessop county council, will take charge from Monday and stay for two years. The loan is to be repaid over 25 years.",
    "\"My job is to make the sums add up, not to be liked,\" Pymm said.",
    "The council will be allowed to raise its city rate by 9.5 percent next year, above the 5 percent cap, and has been told to sell assets, including its 40 percent stake in Ebberhythe airport.",
    "The council ended its contract with Orvantis Systems on Monday and will sue the Brannican company for the 41 million soldens it has paid for the failed Tallyspring system, the council leader, Berenice Tresswell, said. \"I welcome the help, and I am ashamed that we needed it,\" she said.",
    "Orvantis chief executive Anselmo Vaskell said in a statement: \"We delivered a system that works, to a council that never quite finished telling us what it wanted.\"",
    "The Audit Office will publish its full report in June.",
])

add("thessopquadrant-2038-03-25-pymm", "Thessop Quadrant", "2038-03-25",
    "Former Thessop chief to run Ebberhythe's purse", [
    "A former chief executive of Thessop county council, Roderick Pymm, will lead the three commissioners the government is sending to take over Ebberhythe's finances.",
    "The Minister for Local Government, Ottavia Ellensoe, announced the move in the National Assembly in Castrevel at 11.30 a.m. on Wednesday, together with a state loan of 60 million soldens, to be repaid over 25 years. An inquiry by the Valtessan Audit Office found the city's budget gap to be 112 million soldens.",
    "\"Ebberhythe did not fall over. It was pushed, by a contract nobody in that building read to the end,\" the minister said.",
    "The commissioners will be in charge from Monday, March 29, for two years, and Ebberhythe may raise its city rate by 9.5 percent.",
    "The city council ended its contract with Orvantis Systems on Monday and intends to sue the company for 41 million soldens. The Audit Office's full report is expected in June.",
    "Mr Pymm ran Thessop's county council for eleven years until 2034 and steered it through a budget squeeze of its own. Thessop looked at Tallyspring in 2032, county records show, but chose another supplier after a trial that staff at the time described as \"a fortnight of smoke\".",
    "With reporting from Stallard Press Agency.",
])

add("castrevelkeystone-2038-03-25-purse", "Castrevel Keystone", "2038-03-25",
    "Three strangers and a loan", [
    "CASTREVEL – Ottavia Ellensoe, the Minister for Local Government, stood up in the National Assembly on Wednesday morning and took Ebberhythe's purse away from its elected councillors.",
    "From 29 March three commissioners will run the city's finances for 24 months. The state will lend the city 65 million soldens, to be paid back over 25 years, and Ebberhythe may raise its city rate by 9.5 percent.",
    "The Valtessan Audit Office's review, published alongside the statement, puts the city's shortfall at 112 million soldens – 18 million more than the council itself admitted a fortnight ago.",
    "Roderick Pymm, who will lead the commissioners, was blunter than the minister. \"Ebberhythe did not fall over. It was pushed, by a contract nobody in that building read to the end,\" he said outside the chamber.",
    "\"My job is to make the numbers add up. Nobody is going to like me for it,\" Mr Pymm added.",
    "The council terminated its contract with Orvantis Systems on 22 March and says it will sue the company for the 41 million soldens it has paid.",
    "Berenice Tresswell, the council leader, said she would not resign. \"The people who elected me did not elect a quitter,\" she said.",
])

add("skellamartallyman-2038-03-24-lawsuit", "Skellamar Tallyman", "2038-03-24",
    "Ebberhythe drops Orvantis and plans 41 million solden claim", [
    "SKELLAMAR – Ebberhythe City Council, the Valtessan city that declared itself insolvent this month, ended its contract with Orvantis Systems on Friday and will sue the Skellamar software company for 41 million soldens, Valtessa's municipal affairs minister said on Wednesday.",
    "Ottavia Ellensoe made the announcement at 6:30 a.m. Skellamar time, speaking to reporters at Pellory House in Ebberhythe, where the council has its offices.",
    "She said three commissioners led by Roderick Pymm would take over the city's finances, and that an audit had found the council's budget gap to be 112 million soldens.",
    "\"We delivered a working system to a council that never finished telling us what it wanted,\" Orvantis chief executive Anselmo Vaskell told the Tallyman. He said the company would fight the claim and would itself seek 9 million soldens in unpaid invoices.",
    "Two Brannican councils that run Tallyspring said on Wednesday that they had asked their lawyers to review their contracts.",
])

add("rateable-2038-03-25-intervention", "Rateable", "2038-03-25",
    "Ebberhythe: commissioners, a loan and a 9.5% rate rise", [
    "Ottavia Ellensoe's statement to the National Assembly at 10.30 a.m. on Wednesday confirmed what the sector had expected since Ebberhythe's finance officer reached for the Municipal Finances Act: intervention.",
    "Three commissioners, led by the former Thessop chief executive Roderick Pymm, will hold Ebberhythe's financial powers for 18 months. The state loan of 60 million soldens is to be repaid over 25 years.",
    "The council may raise its city rate by 9.5 percent in the coming year, 4.5 points above the cap every other authority must live with. The commissioners are also expected to sell the council's 40 percent stake in Ebberhythe airport.",
    "\"Ebberhythe did not fall over. It was pushed, by a contract nobody in that building read to the end,\" the minister told the chamber.",
    "Council leader Berenice Tresswell told Rateable she welcomed the help but was ashamed the city had needed it.",
    "The Audit Office review, led by the Auditor General, Orlaith Kittredge, puts the shortfall at 112 million soldens. It finds that the council's cabinet was warned about Tallyspring's delays on at least six occasions between 2034 and 2036. The council ended the Orvantis contract on 22 March.",
    "Correction, 25 March: This article originally stated that the loan would be repaid over 15 years. The term is 25 years.",
])

add("upkeep-2038-03-29-contract", "Upkeep", "2038-03-29",
    "Nobody read the contract", [
    "On 9 March Ebberhythe told its staff, its residents and its creditors that it had run out of money. Last Wednesday the government told Ebberhythe that it had in fact run out of rather more: 112 million soldens, not 94.",
    "Tomorrow the commissioners take charge. There will be four of them, and they will find a council that bought a finance system it did not understand and then paid for it more than three times over.",
    "Ottavia Ellensoe was right to say the city was pushed. But somebody signed that contract, and somebody in the cabinet read the audit office's warnings and filed them.",
    "In February, with Tallyspring already sending out wrong pay slips, Ebberhythe's councillors voted themselves a 3 percent rise in their allowances.",
    "The loan will keep the bins emptied. It will not answer the question every ratepayer in Ebberhythe is entitled to put: who read the thing to the end, and why did nobody stop it?",
])
