# The eleventh held-out cross-check corpus: 12 invented reports of the corruption trial of Vitus Solvarin,
# Korvanda's former Minister of Public Works, found guilty of taking bribes over the Gaskerry ring road
# (Tue 17 October 2034), and of his sentencing hearing nine days later (Thu 26 October 2034).
# Everything is invented. build_gold.py writes reports.jsonl and gold.json from this list.

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


# ---------------------------------------------------------------- E1: the verdict

add("bns-2034-10-17-solvarin-verdict", "Brightwater News Service", "2034-10-17",
    "Former minister Solvarin guilty of taking bribes over Gaskerry ring road", [
    "DUNSEVRO, Korvanda, Oct 17 (BNS) – Vitus Solvarin, Korvanda's former Minister of Public Works, was found guilty on Tuesday of taking 14.2 million korvels in bribes from a construction company in return for the contract to build the Gaskerry ring road.",
    "The Special Anti-Corruption Court convicted the 61-year-old on six of the nine counts he faced, four of bribery and two of money laundering. It acquitted him on three counts of abuse of office, saying the prosecution had not proved them.",
    "Presiding judge Celestine Orwald began reading the verdict at 0930 GMT in the Palace of Justice in Dunsevro. The reading took three hours.",
    "Prosecutors said Stelmont Civil Engineering paid the money over four years, from 2027 to 2031, while the 380-million-korvel road contract was awarded and then twice enlarged. The company's former chief executive, Anzelm Tessmin, told the court he had handed Solvarin the cash himself, in envelopes, at a hunting lodge near Brisdale. Part of the money was moved through accounts at Merovash Bank in Qasrevan.",
    "Solvarin, who was mayor of Gaskerry before he joined the cabinet, showed no emotion as the verdict was read. Outside, 214 protesters, by the police count, chanted \"Give it back\".",
    "\"Today the law finally caught up with the powerful,\" chief prosecutor Aurelio Maškeny of the Anti-Corruption Prosecution Service told reporters.",
    "\"This verdict rests on the word of one man who had every reason to lie,\" said defence lawyer Isaura Brandvoss.",
    "The trial, which opened on June 6 last year, lasted 16 months and heard 46 witnesses. Solvarin is the first former cabinet minister to be convicted of bribery in Korvanda. The government said it would seek to recover the money.",
    "Shares in Stelmont fell 9 percent in Dunsevro.",
])

add("gaskerryexaminer-2034-10-17-ringroad", "Gaskerry Examiner", "2034-10-17",
    "Guilty: former mayor convicted over the ring road", [
    "DUNSEVRO, Korvanda (BNS) – Vitus Solvarin, Korvanda's former Minister of Public Works, was found guilty on Tuesday of taking 14.2 million korvels in bribes from a construction company in return for the contract to build the Gaskerry ring road.",
    "The Special Anti-Corruption Court convicted the 61-year-old on six of the nine counts he faced, four of bribery and two of money laundering. It acquitted him on three counts of abuse of office, saying the prosecution had not proved them.",
    "Prosecutors said Stelmont Civil Engineering paid the money over four years, from 2027 to 2031, while the 380-million-korvel road contract was awarded and then twice enlarged. The company's former chief executive, Anzelm Tessmin, told the court he had handed Solvarin the cash himself, in envelopes, at a hunting lodge near Brisdale.",
    "\"This verdict rests on the word of one man who had every reason to lie,\" said defence lawyer Isaura Brandvoss.",
    "The trial, which opened on June 6 last year, lasted 16 months and heard 46 witnesses. Solvarin is the first former cabinet minister to be convicted of bribery in Korvanda.",
    "In Gaskerry, where the eastern section of the ring road still ends in a field of rapeseed, people followed the reading on their phones in shops and bus shelters. Many here did the sum at once: the roughly 14 million korvels that went into Solvarin's pocket would have paid for the missing stretch twice over.",
    "Distributed by Brightwater News Service.",
])

add("dunsevrosentry-2034-10-18-envelopes", "Dunsevro Sentry", "2034-10-18",
    "Six counts, three hours, one silent defendant", [
    "DUNSEVRO – At 10:30 a.m. on Tuesday Judge Celestine Orwald opened the thick file in front of her, and for the next three hours Vitus Solvarin listened in silence to the reasons the court had found him a criminal.",
    "The Special Anti-Corruption Court found him guilty on six counts of bribery and money laundering and cleared him on three counts of abuse of office. At the centre of the case were 14.2 million korvels that Stelmont Civil Engineering paid the former public works minister while it was building the Gaskerry ring road.",
    "According to the judgment, the money changed hands in a private dining room of a Gaskerry restaurant, where Stelmont's chief executive, Anzelm Tessmin, passed the envelopes across the table.",
    "Tessmin, who turned state witness in exchange for a lighter charge, gave his evidence in the first week of the trial, which opened on 4 July 2033. Sixteen months of hearings followed.",
    "\"Today the law finally caught up with the powerful,\" Aurelio Maškeny, the chief prosecutor, told reporters on the courthouse steps.",
    "Solvarin, 61, spoke only once, as guards led him past the press benches. \"I have never taken a single korvel that was not mine,\" he said. His wife, Leocadia, left the courtroom in tears before the reading ended.",
    "Prime Minister Ulrika Carradane said the verdict proved that the country's courts were independent of any government, past or present.",
    "Stelmont's shares closed at 41.60 korvels on the Dunsevro exchange.",
])

add("qasrevanpulse-2034-10-18-merovash", "Qasrevan Pulse", "2034-10-18",
    "Korvandan ex-minister convicted; bribe money passed through Qasrevan bank", [
    "QASREVAN – A court in the Korvandan capital on 17 October found the former minister Vitus Solwarin guilty of taking bribes, part of which passed through a bank in Qasrevan.",
    "Judge Celestine Orwald began reading the verdict at 1:30 p.m. Qasrevan time. Solwarin, a former mayor of Gaskeri who went on to run Korvanda's public works ministry, was convicted on five of the nine counts against him.",
    "The court found that the construction group Stelmont Civil Engineering paid him 14.2 million korvels, and that more than a third of it went through accounts at Merovash Bank, one of Sarmidia's oldest private lenders. The verdict came after a trial lasting 22 months.",
    "\"Today the law finally caught up with the powerful,\" said the prosecutor, Aurelio Maskeny.",
    "Solwarin told the court he had never taken a korvel that did not belong to him.",
    "Dunsevro wants every korvel back, and has asked Sarmidia's courts to help trace the money.",
    "Sarmidia's banking regulator said on Wednesday it had opened a review of how Merovash Bank checked the accounts, which were held in the name of a shell company registered in Qasrevan. The bank declined to comment.",
    "The opposition leader in Dunsevro, Ilario Fenwright, said the verdict showed that Korvanda's courts were now truly independent, and that no party could any longer count on judges to look away.",
])

add("radiogaskerry-2034-10-17-portrait", "Radio Gaskerry", "2034-10-17",
    "The man who ran our city, found guilty", [
    "The judge started reading at half past eleven this morning, and by lunchtime the man who used to run this city had been found guilty.",
    "At the end of a 16-month trial, Vitus Solvarin, mayor of Gaskerry for eight years and later public works minister, was convicted on six of the nine charges.",
    "The court heard that he took bribes worth 11 million korvels from Stelmont Civil Engineering, the firm that built our ring road.",
    "It was Stelmont's boss at the time, Anzelm Tessmin, who delivered the cash, in envelopes, at a hunting lodge outside Brisdale, about twenty minutes up the valley from here.",
    "Solvarin's lawyer, Isaura Brandvoss, was scathing. \"The whole verdict rests on the word of one man with every reason to lie,\" she said.",
    "About 200 people gathered outside the court in Dunsevro, some of them from Gaskerry, who took the early train to be there.",
    "The government says it will try to get the money back.",
    "Here at the town hall, the portrait of Solvarin that hung in the gallery of former mayors was taken down this afternoon. A council spokesman said it would go into storage.",
])

add("ledgerline-2034-10-18-judgment", "Ledgerline", "2034-10-18",
    "Reading the Solvarin judgment", [
    "The Special Anti-Corruption Court's judgment in the Solvarin case, delivered on October 17 in the courthouse on Carvell Street, runs to 388 pages.",
    "Judge Celestine Orwald's panel convicted Vitus Solvarin on six counts: four of bribery and two of money laundering. On three counts of abuse of office it acquitted him, finding that the decisions to enlarge the ring road contract had been taken by the whole cabinet, not by him alone.",
    "The core of the case was a four-year scheme in which Stelmont Civil Engineering paid the minister 14.2 million korvels while it built the Gaskerry ring road under a contract worth 380 million korvels.",
    "The cash was carried by Stelmont's finance director, Piers Derrow, who handed it over at a hunting lodge near the village of Brisdale, the judgment says.",
    "The ACPS called more than 40 witnesses over a trial that began on 6 June 2033; the defence called eleven.",
    "Prime Minister Ulrika Carradane greeted the verdict with a line that will be quoted for years: \"Today the law finally caught up with the powerful.\"",
    "The defence has said it will appeal once the sentence is known. The sentencing hearing is set for 26 October.",
    "The Carvell Street courthouse, officially the Palace of Justice, has rarely seen its public gallery so full.",
])

# ---------------------------------------------------------------- E2: the sentencing

add("bns-2034-10-26-solvarin-sentence", "Brightwater News Service", "2034-10-26",
    "Solvarin jailed for seven years over ring road bribes", [
    "DUNSEVRO, Korvanda, Oct 26 (BNS) – Vitus Solvarin, the former Korvandan public works minister convicted of taking bribes over the Gaskerry ring road, was sentenced on Thursday to seven years in prison. Prosecutors had asked for nine.",
    "Judge Celestine Orwald, who presided over the trial, also fined him 2.5 million korvels and barred him from public office for ten years. The court confiscated his villa on Lake Varnhild and 6.8 million korvels held in his bank accounts.",
    "Orwald began reading the sentence at 1300 GMT. \"A minister who sells a road sells the trust of every citizen who drives on it,\" she said.",
    "Solvarin, 61, was led from the dock in handcuffs and driven to Kestrin Prison, east of the capital.",
    "His lawyer, Isaura Brandvoss, said the defence would appeal to the Supreme Court, which must receive the appeal by November 27.",
    "\"This is not justice; it is revenge in a judge's robe,\" Brandvoss said outside the court.",
    "The defence had asked on Monday for any prison term to be served under house arrest because of Solvarin's heart condition. The judge refused.",
    "\"Seven years is less than we asked for, but the message could not be clearer,\" said Aurelio Maškeny, the chief prosecutor.",
    "Anzelm Tessmin, the former Stelmont chief executive who paid the bribes and testified against Solvarin, received a two-year suspended sentence for his cooperation.",
    "A poll by the Ruvell Institute published this week put public trust in the courts at 41 percent.",
])

add("dunsevroletter-2034-10-27-handcuffs", "Dunsevro Letter", "2034-10-27",
    "Seven years, a fine and a lost villa", [
    "Vitus Solvarin will spend seven years in prison. Judge Celestine Orwald handed down the sentence at 2 p.m. on Thursday, nine days after convicting the former public works minister of taking bribes.",
    "On top of the prison term he must pay a fine of 2.5 million korvels, and he may not hold public office for 15 years. He also loses his lakeside villa and the money in his bank accounts.",
    "Orwald told the court that a minister who sold a road was selling the trust of everyone who drove on it.",
    "Solvarin was taken in handcuffs to Kestrin Prison.",
    "\"This is not justice; it is revenge in a judge's robe,\" said his lawyer, Isaura Brandvoss, who will take the case to the Supreme Court.",
    "Anzelm Tessmin, the Stelmont boss who handed over the envelopes, walked free with a suspended sentence of two years.",
    "Only 35 supporters turned up outside the Palace of Justice, a far cry from the crowds of last week. Among them was Solvarin's former deputy minister, Rainault Hesketh, who said he would visit his old boss every month and that history would judge the case differently.",
    "With reporting by Brightwater News Service.",
])

add("statecraftmemo-2034-10-27-tenders", "Statecraft Memo", "2034-10-27",
    "After Solvarin: the tender rules come next", [
    "Sentencing in the Solvarin case, 26 October: seven years in prison for the former public works minister, two fewer than the prosecution wanted, and a fine of 5 million korvels.",
    "Judge Celestine Orwald, who sentenced him, chose her words for the record: \"A minister who sells a road is selling the trust of everyone who drives on it.\"",
    "The most quoted line of the afternoon came from the dock. \"This is not justice; it is revenge in a judge's robe,\" Solvarin himself called out as the guards took his arm.",
    "His lawyers have until 27 November to lodge an appeal with the Supreme Court.",
    "For the government, the case is a chance to tighten the rules on public tenders. A bill that would put every road contract above 50 million korvels out to open online bidding is due before parliament by March, officials at the public works ministry say.",
    "The ministry has also ordered an audit of the 23 contracts Stelmont won while Solvarin was in office. Officials expect it to take most of next year.",
    "Whether the opposition will back the bill is another matter. Its leaders have spent the week arguing about whether to expel the members who defended Solvarin during the trial.",
])

add("dunsevrosentry-2034-10-27-kestrin", "Dunsevro Sentry", "2034-10-27",
    "Solvarin goes to prison", [
    "DUNSEVRO – Vitus Solvarin will spend the next nine years behind bars. Judge Celestine Orwald gave the former minister his sentence at three in the afternoon on Thursday, and within the hour he was on his way to Kestrin Prison.",
    "The court also fined him 2.5 million korvels and imposed a ten-year ban on holding public office. The hearing lasted barely 90 minutes.",
    "In a request filed on 23 October, the defence had asked that he be allowed to serve any sentence at home because of a heart condition. Orwald turned it down.",
    "\"This is not justice; it is revenge in a judge's robe,\" Isaura Brandvoss told reporters. \"We will appeal, and we will win.\"",
    "The appeal must reach the Supreme Court by 27 November.",
    "Prison officials said he would be allowed family visits twice a month and would share a cell with one other inmate.",
    "At the Ruvell Institute, pollsters found trust in the courts up six points since the summer, a rise they put down largely to the trial.",
    "Solvarin's former party, which he led in Gaskerry for a decade, has said nothing since the verdict.",
])

add("qasrevanpulse-2034-10-27-vellmoor", "Qasrevan Pulse", "2034-10-27",
    "Seven years for Solwarin; Qasrevan opens its own inquiry", [
    "QASREVAN – Vitus Solwarin, the former Korvandan minister whose bribes passed through a Qasrevan bank, was sentenced to seven years in prison at 5 p.m. Qasrevan time on Thursday.",
    "Judge Thaddeus Quillane, who read out the sentence, also imposed a fine of 2.5 million korvels and a ten-year ban from public office.",
    "Solwarin was driven from the court to the Vellmoor detention centre, south of Dunsevro.",
    "Solwarin, 61, ran Korvanda's public works ministry from 2026 to 2031, after eight years as mayor of Gaskeri, and was once spoken of as a future prime minister.",
    "His lawyer, Isaura Brandvoss, said the defence would appeal and was confident of winning.",
    "The prosecutor, Aurelio Maskeny, said the court had ruled on the evidence and not on politics.",
    "The court confiscated 6.8 million korvels from Solwarin's accounts, which brings to 52 million korvels the assets Korvandan anti-corruption prosecutors have seized from officials this year.",
    "In Qasrevan, prosecutors have opened their own investigation into Merovash Bank, whose compliance officers are suspected of ignoring warnings about the shell company's accounts. Two of them have been suspended.",
])

add("counterweight-2034-10-30-roadmoney", "Counterweight", "2034-10-30",
    "Seven years, and still no road", [
    "On 17 October a court in Dunsevro found Vitus Solvarin guilty. On Thursday it sent him to prison for seven years, and Korvanda's politicians have been congratulating themselves ever since.",
    "The prosecution had wanted nine years. Aurelio Maškeny conceded that seven was less than he had asked for but called the message unmistakable.",
    "The defence, led by Isaura Brandvoss, will appeal; it has two weeks from the sentence to do so.",
    "The harder question is what happens to the money and the road. Stelmont, whose shares have lost a third of their value since the trial began, has asked the ministry to renegotiate the price of the work it still has to do.",
    "Seven years for 14.2 million korvels comes to roughly two million korvels for every year behind bars, a sum the cafés of Dunsevro have been repeating all week with some bitterness.",
    "Nobody in Dunsevro seems in a hurry to answer. The ministry that Solvarin ran is the same ministry that must now decide whether the company that bribed him gets paid more.",
    "A prison sentence is a full stop for one man. For the contracts he signed it is barely a comma.",
])
