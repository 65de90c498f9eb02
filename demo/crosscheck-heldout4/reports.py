# The fourth held-out cross-check corpus: 11 invented reports of a ransomware attack on the Ambelin
# Health Network (Pellatia) and the parliamentary hearing on it eight days later in Castelbrun.
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


# ---------------------------------------------------------------- E1: the attack

add("cna-2027-10-11-ambelin-ransomware", "Cobalt News Agency", "2027-10-11",
    "Ransomware attack cripples Pellatian hospital network", [
    "CASTELBRUN, Pellatia, Oct 11 (CNA) – A ransomware attack shut down computer systems across the Ambelin Health Network early on Monday, forcing hospitals in western Pellatia to turn away ambulances and postpone operations, health officials said.",
    "The attack was detected at 0215 GMT, when staff at Westerhaug University Hospital found that patient files could no longer be opened. The network, which runs 14 hospitals and employs 21,000 people, said the intruders had first entered its systems last Wednesday.",
    "The attackers, who signed their note \"Grey Lantern\", demanded 12 million dukats in cryptocurrency. The Pellatian government said no ransom would be paid. The network's own engineers cut it off from the internet within the hour.",
    "\"We are running a modern hospital with paper and pencils,\" AHN chief executive Evander Rennault told reporters outside the Westerhaug hospital. \"Not one patient has died because of this.\"",
    "Some 1,500 operations were postponed and 230 patients were transferred to other hospitals. Four premature babies were moved to the children's hospital in Castelbrun. At least 40 ambulances were diverted across the border to Esmoria, and emergency departments will stay shut for 36 hours.",
    "The government declared a three-day state of emergency in the Ambelin region. Talverian Interior Minister Vasil Kerezhny said his country had nothing to do with the attack and offered to help find those responsible. The Pellatian government has blamed a gang operating from Talverian territory. The Talverian government denied any role.",
    "\"They wrote my dose on my arm in marker,\" said Oda Brennecke, 71, a dialysis patient at Westerhaug.",
    "Shares in Medora Systems, which supplies the network's patient software, closed at 32.60 dukats in Castelbrun. The Diet's health committee will question ministers next Tuesday.",
])

add("eastbrookgazette-2027-10-11-hospitals", "Eastbrook Gazette", "2027-10-11",
    "Hackers hold Pellatian hospitals to ransom", [
    "CASTELBRUN, Pellatia (CNA) – A ransomware attack shut down computer systems across the Ambelin Health Network early on Monday, forcing hospitals in western Pellatia to turn away ambulances and postpone operations, health officials said.",
    "The attack was detected at 0215 GMT. The network, which runs 14 hospitals, said the intruders had first entered its systems last Wednesday.",
    "The attackers, who signed their note \"Grey Lantern\", demanded 12 million dukats in cryptocurrency. The Pellatian government said no ransom would be paid.",
    "\"We are running a modern hospital with paper and pencils,\" AHN chief executive Evander Rennault told reporters outside the Westerhaug hospital. \"Not one patient has died because of this.\"",
    "Some 1,500 operations were postponed and 230 patients were transferred to other hospitals. Four premature babies were moved to the children's hospital in Castelbrun.",
    "Talverian Interior Minister Vasil Kerezhny said his country had nothing to do with the attack.",
    "\"They wrote my dose on my arm in marker,\" said Oda Brennecke, 71, a dialysis patient at Westerhaug.",
    "Doctors at the smaller hospitals of the region, which were not hit, said they had been asked to keep beds free for the rest of the week and to send their own routine cases home where they could.",
    "Patients were told to come to hospital only in an emergency and to bring their own medicines and any paper records they had at home.",
    "This report was supplied by the Cobalt News Agency.",
])

add("castelbruntribune-2027-10-12-vesterhaug", "Castelbrun Tribune", "2027-10-12",
    "Vesterhaug back to paper as hackers demand millions", [
    "CASTELBRUN – Nine hospitals of the Ambelin network spent a second day without computers on Tuesday after the attack that hit the Vesterhaug University Hospital and its sister hospitals at 3:15 a.m. Pellatian time on Monday.",
    "The Pellatian Cyber Security Agency said the intruders got in on October 6 through an account used by an outside supplier. The PCSA cut the network off from the internet on Monday morning, its director, Margit Ellestad, said.",
    "The gang demanded 12 million dukats. In all, 320 patients were transferred and 1,468 operations were postponed, the network said. Emergency departments will stay shut for 48 hours. Four premature babies were taken to the children's hospital in Castelbrun by ambulance, escorted by police.",
    "\"We are running a modern hospital with paper and pencils,\" said Evander Rennault, the network's chief executive. \"Not one patient has died because of this, and not one will.\" Nurses said the handwritten charts doubled the time of every ward round.",
    "The government has declared a state of emergency for three days. Health Minister Brigida Vandermeer said the backups the network had were three weeks old.",
    "Ruskeva denied any role. Castelbrun has asked Talvery to hand over two men it believes run the Grey Lantern gang, a request a Talverian spokesman called \"a fantasy\".",
    "Shares in Medora Systems fell 11 percent on Monday.",
])

add("ruskevatelegraph-2027-10-12-denial", "Ruskeva Telegraph", "2027-10-12",
    "Kereschny: Talvery had no part in hospital hack", [
    "RUSKEVA – Talvery has no part in the attack on Pellatian hospitals and will not be made a scapegoat for the failings of a neighbour's computer security, Interior Minister Vassil Kereschny said on Tuesday.",
    "\"We did not do this, we do not shelter those who did, and we will help find them,\" the minister told the Telegraph. \"If Pellatia has evidence, it should send it to us, not to the newspapers.\"",
    "Castelbrun blamed a gang it says operates from Talverian territory for the attack, which began at 5:15 a.m. Talverian time on Monday. According to Pellatian officials, the attackers had been inside the network since Friday and demanded 21 million dukats.",
    "The Ambelin hospitals transferred 230 patients, and their engineers disconnected the network from the internet within an hour of the attack, the Pellatian news agency reported.",
    "Talverian police said on Tuesday that they had received no request for legal assistance from Pellatia.",
    "Relations between the two neighbours have been cool since a dispute over gas transit fees last winter, and Pellatian ministers have accused Talvery of harbouring computer criminals before. Kereschny said his ministry had arrested 14 people for computer crimes this year and had extradited none of them, because nobody had asked.",
    "The minister said he had offered his Pellatian counterpart a call on Monday evening and was still waiting for an answer. He said Talverian experts were ready to travel to Castelbrun if they were invited.",
])

add("portlidellobserver-2027-10-12-marrick", "Port Lidell Observer", "2027-10-12",
    "Marrick hospital takes in Pellatian patients after cyber-attack", [
    "PORT LIDELL – The hospital in the border town of Marrick took in dozens of Pellatian emergency patients on Monday after a cyber-attack closed the emergency departments of the Ambelin network across the border, Esmorian health officials said.",
    "A total of 57 ambulances crossed the border on Monday and Tuesday. The Marrick hospital opened 30 extra beds and called in staff from their holidays. Four premature babies were flown to the hospital in Marrick, officials said.",
    "\"We are running a modern hospital with paper and pencils,\" said Wendeline Ostrowska, the head of the Pellatian Nurses' Union, who had come to Marrick with the transfers.",
    "Emergency departments will stay shut for 36 hours, the network said. It transferred 230 patients in all after the attack on October 11, and the attackers asked for 12 million dukats.",
    "The network's engineers pulled it off the internet, according to the Esmorian firm Larkspur Forensics, which was called in to investigate. A Larkspur spokesman said the first break-in dated from October 6.",
    "Esmoria's health minister said the country would take Pellatian patients \"for as long as it takes\". The Marrick hospital's director said its own systems had been checked and were not affected.",
    "Marrick, a town of 18,000 people, lies 12 km from the border on the road to Vesterhaug. Its hospital has an agreement with the Ambelin network, signed in 2024, to take patients in emergencies.",
])

# ---------------------------------------------------------------- E2: the hearing in Castelbrun

add("cna-2027-10-19-diet-hearing", "Cobalt News Agency", "2027-10-19",
    "Hackers took 410,000 patient records, Pellatian lawmakers told", [
    "CASTELBRUN, Pellatia, Oct 19 (CNA) – Hackers who paralysed the Ambelin Health Network this month stole 410,000 patient records before encrypting its systems, the head of Pellatia's cyber security agency told a parliamentary hearing in Castelbrun on Tuesday.",
    "The hearing of the Diet's Health and Security Committee opened at 0800 GMT. PCSA director Margit Ellestad presented the forensic report to the committee. She said the intruders had copied 1.9 terabytes of data to servers rented in Ostmere, Talvery.",
    "Ellestad told the committee that the intruders had come in through a supplier's remote-maintenance account. \"The door was not broken. It was opened with a key that should have been thrown away a year ago,\" she said. The agency had warned the network about the account in writing on September 14, she said.",
    "\"Nobody paid, and nobody will pay,\" Health Minister Brigida Vandermeer said. \"We will rebuild this properly.\" She said the attack would cost 28 million dukats and that all systems would be fully restored within six weeks.",
    "The government will raise spending on hospital cyber security by 15 million dukats next year, she said. The network has hired Larkspur Forensics on a two-year contract.",
    "Ambelin hospitals had been probed by attackers about 30 times a day before the break-in, Ellestad said.",
    "The emergency departments reopened on October 12. No patient died because of the attack, the committee was told.",
])

add("harwickdailystar-2027-10-19-nobody-paid", "Harwick Daily Star", "2027-10-19",
    "'Nobody paid': Pellatia refuses hackers' ransom", [
    "Pellatia did not pay the hackers who crippled its western hospitals and never will, the health minister told lawmakers on Tuesday, as investigators revealed that hundreds of thousands of patient records had been stolen.",
    "\"Nobody paid, and nobody will pay,\" Brigida Vandermeer told the committee, to applause from the public benches.",
    "The agency's director said the attackers had taken 410,000 patient records and moved them to servers rented in Ostmere, in neighbouring Talvery. The recovery will cost 28 million dukats.",
    "Relatives of patients whose operations were cancelled sat at the back of the room. One woman held up a sign reading \"My father's heart can't wait six weeks\".",
    "Members of the committee from both the government and the opposition asked why the network had not acted on the agency's warning. Vandermeer said she had learned of the warning only after the attack.",
    "The network's chief executive, who sat beside the minister, did not answer questions from reporters as he left the building.",
    "No patient died because of the attack, lawmakers were told. The committee will publish its own report before the end of the year, and its chair said the network's board would be called back to answer further questions.",
    "With CNA inputs",
])

add("castelbruntribune-2027-10-20-stenhall", "Castelbrun Tribune", "2027-10-20",
    "Castagne: 'Nobody paid, and nobody will pay'", [
    "CASTELBRUN – Prime Minister Emeric Castagne came to the Stenhall in person on Tuesday to tell the Diet's committee that the government had refused every demand of the gang that attacked the Ambelin hospitals.",
    "\"Nobody paid, and nobody will pay,\" Castagne said, minutes after PCSA director Margit Ellestad had presented the forensic report. The hearing opened at 9 a.m. and ran until the evening.",
    "Ellestad said the attackers had stolen 410,000 patient records and sent them to servers in Ostmere, a Talverian industrial town. Her agency had warned the network about the weak supplier account on September 14, she said.",
    "The health minister, Brigida Vandermeer, said the attack would cost 28 million dukats and that the network's systems would be fully restored within ten weeks. Spending on hospital cyber security will rise to 40 million dukats next year.",
    "Evander Rennault, the network's chief executive, said the intruders had come in through a remote-maintenance account of a supplier, and that the account should have been closed long before.",
    "\"We will rebuild this properly, and we will rebuild it here,\" Vandermeer said, promising that the new systems would be run from Pellatia.",
    "The committee's chair, Ruben Thalberg, said the hearing, held in the Stenhall because of the public interest, was the longest of the session.",
])

add("ruskevatelegraph-2027-10-20-servers", "Ruskeva Telegraph", "2027-10-20",
    "Talvery rejects Pellatian claims at hospital hack hearing", [
    "RUSKEVA – The Talverian government on Wednesday rejected the findings presented to a Pellatian parliamentary committee that data stolen from Pellatian hospitals was sent to servers in Talvery.",
    "PCSA director Margit Ellestad told the hearing in Castelbrun on Tuesday that 140,000 patient records had been stolen. She said the data had been moved to servers in Calvane, across the Esmorian border, before it travelled on, according to Pellatian officials quoted by the Castelbrun press.",
    "Ellestad said her agency had warned the hospitals on September 24 about a weak account.",
    "\"Our police have looked. There is nothing in Talvery, no servers, no gang, no money,\" Interior Minister Vassil Kereschny said on Wednesday.",
    "Kereschny said Ruskeva had sent a formal request to Castelbrun on Tuesday for the technical evidence and had been promised an answer within a week. Until it arrived, he said, Talvery would treat the accusations as political.",
    "He said the Pellatian government should first explain why a hospital network serving more than a million people had left an old supplier account open for a year, and whether the supplier was Pellatian.",
    "Talverian officials were not invited to the hearing. The Talverian embassy in Castelbrun sent an observer, who was seated in the public gallery.",
])

add("portlidellobserver-2027-10-20-larkspur", "Port Lidell Observer", "2027-10-20",
    "Esmorian investigators' report read to Pellatian lawmakers", [
    "PORT LIDELL – The forensic report on the attack on the Ambelin hospitals, prepared with the help of the Esmorian firm Larkspur Forensics, was presented to a committee of the Pellatian Diet on October 19 at the Stenhall in Castelbrun.",
    "It found that the attackers had stolen 410,000 patient records. Recovery will cost 28 million dukats and the network's systems will be back in full within six weeks, the health minister said.",
    "\"Nobody paid, and nobody will pay,\" Health Minister Brigida Vandermeer told the committee.",
    "Margit Ellestad, the director of the Pellatian Cyber Security Agency, said the break-in could have been prevented, because an old key to the network had never been thrown away.",
    "Larkspur, based in Port Lidell, will work for the network for two years. The firm's chief executive, Corin Abernathy, said it was the largest contract in the company's history and that it would open an office in Castelbrun.",
    "The Marrick hospital, which took in Pellatian patients during the emergency, has sent its last three back across the border. Esmoria will send the Ambelin network a bill of 1.2 million dukats for their care, officials said, which Pellatia has agreed to pay.",
    "Esmorian lawmakers have asked their own health ministry whether Esmorian hospitals could withstand a similar attack.",
])

add("signalroom-2027-10-21-analysis", "Signal Room Weekly", "2027-10-21",
    "Analysis: the key nobody threw away", [
    "On the night of October 11, nine hospitals in western Pellatia went back to paper. Tuesday's hearing at the Stenhall showed how little it would have taken to prevent it.",
    "Corin Abernathy of Larkspur Forensics presented the forensic report himself: a remote-maintenance account of a supplier, its password unchanged since 2025, and nearly 2 terabytes of data copied out over five days.",
    "The network was audited twice a year, yet nobody audited that account. Its hospitals were probed by attackers about 30 times a day, a figure that by now is normal for any large hospital.",
    "The bill, 18 million dukats on the minister's own count, is modest next to what the hospitals lost in cancelled operations and in trust, and it does not include the cost of the patients who went elsewhere. The health minister told the committee that nobody had paid the ransom.",
    "Pellatia will raise spending on hospital cyber security by 15 million dukats next year. Money alone will not fix the habit that let a contractor's old key open the front door.",
    "The question the hearing left open is who answers for the warning of September 14, which sat in an inbox at the network for four weeks. Nobody at the hearing could say who had opened it, or whether anyone had.",
])
