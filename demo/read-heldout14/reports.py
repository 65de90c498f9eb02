"""The invented reports of demo/read-heldout14 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("cnw-2039-05-16-maths-paper-cancelled", "Corvid News Wire", "2039-05-16",
    "Merrovia cancels national maths exam after paper leaks online overnight", [
    "DUNMARROW, Merrovia, May 16 (CNW) – Merrovia's exams authority cancelled a national mathematics paper less than three hours before 58,300 students were due to sit it on Monday, after photographs of every page appeared overnight on a messaging channel.",
    "The Merrovian Examinations Authority (MEA) said it took the decision at 06:15 local time (05:15 GMT), once its staff had confirmed that the pictures, first posted at 22:40 on Sunday, showed the genuine Paper 2 of the Upper Certificate. The paper will now be sat on June 2, the authority said.",
    "\"I am deeply sorry. Students have worked for two years towards this morning, and they deserved better from us,\" said Dr Silas Mountjoy, the authority's chief executive. \"But I will not let a single certificate rest on a paper that thousands of people have already seen.\"",
    "The channel, called Paper Ghosts, runs on the messaging app Quillet and had some 9,000 members by Monday morning. Its administrators could not be reached. The pictures had been shared more than 40,000 times by 07:00, according to the National Crime Unit (NCU), which has opened an investigation.",
    "Detective Chief Inspector Rowena Garlick, who leads the inquiry, said the unit was working with police in neighbouring Varkony, where the papers are printed. \"We know which batch this copy came from. I am not going to say more than that today,\" she told CNW.",
    "Kohegyi Print, a family firm based in the Varkonian town of Tarnoc, has printed Merrovia's national exam papers since 2036 under a contract worth €2.4 million a year. Its owner, Gabor Kohegyi, said in a statement that his company \"takes the security of every sheet seriously\" and would help investigators.",
    "Education Minister Honora Blackthorne said that no student would be marked down because of the delay and that schools would receive new timetables on Tuesday. The minister called the leak \"an attack on every child who did the work\".",
    "Padraig Oulton, general secretary of the Merrovian Teachers' Federation (MTF), said many students had already arrived at their schools when the cancellation was announced. \"Some of them were in tears at the gates. Some of them looked relieved, which tells you how many had seen it,\" he said.",
    "It is the authority's second security failure in three years: in 2037 a chemistry paper was delivered to the wrong school, the MEA said.",
])

rep("intelligencer-2039-05-18-tarnoc-arrest", "The Dunmarrow Intelligencer", "2039-05-18",
    "Arrest at the print works: how a night shift in Tarnóc sank the maths exam", [
    "Police in Várkony yesterday arrested a 34-year-old machine operator at Kőhegyi Print, the Tarnóc firm that prints Merrovia’s exam papers, two days after pictures of the Upper Certificate mathematics paper appeared online. The Várkony National Police said in a statement that the man, whom it names only as Zoltán B., had photographed the paper during his night shift on Sunday and sold the images “for a few thousand euros”.",
    "The Merrovian Examinations Authority cancelled the paper at 06:15 on Monday (05:15 GMT), less than three hours before 58,300 students were due to begin it. The first image had been posted to the Quillet channel Paper Ghosts at 22:40 on Sunday; by the time the authority acted, the channel had some 9,000 members.",
    "Dr Silas Mountjoy, the authority’s chief executive, tells the Intelligencer that a serial number visible in one photograph matches a batch printed in Tarnóc last week, and that no copy of that batch ever left the works. “Either the leak happened inside that building,” he says, “or somebody walked out of it with a paper under his coat. Neither is acceptable.”",
    "Education Minister Honora Blackthorne, who spent Tuesday evening with head teachers in Stowbridge, announced this morning that the contract with Kőhegyi Print, worth €2.4 million a year, is suspended. The remaining eleven Upper Certificate papers, she said, will be printed at the state printer in Dunmarrow under police guard.",
    "Gábor Kőhegyi, whose grandfather founded the firm in 1961, said on Tuesday night that he was “ashamed and angry”. “Forty people work on that floor. One of them has made liars of all of us,” he said.",
    "The opposition’s education spokesman, Leofric Stanier, asked in parliament why papers sat by every 18-year-old in the country were being printed abroad at all. The minister replied that the Várkonian firm had been the cheapest of three bidders by 31 per cent.",
    "The Merrovian Teachers’ Federation says the resit on 2 June falls in the middle of the history exams, and that at least 1,200 students now face two papers on the same day.",
    "In Dunmarrow, the National Crime Unit says it has identified two of the channel’s administrators, both Merrovian, and expects to make arrests “within days”. Neither has been named, and the channel itself was still online last night.",
])

rep("hubbub-2039-05-19-honest-lorcan", "The Daily Hubbub", "2039-05-19",
    "HONEST LORCAN! Lad, 17, who shopped the exam cheats", [
    "He had the answers to the hardest exam of his life on his phone – and he deleted them without looking. Now the whole country knows his name.",
    "Schoolboy Lorcan Wrenfield, 17, was sent the leaked maths paper by a friend at 10.52pm on Sunday. Within minutes he had forwarded it to his head teacher with just four words: “Miss, this is real.”",
    "“I saw the first line and my stomach turned over. I thought, ‘If I read this, I’ll never know if I earned my grade,’” Lorcan told the Hubbub. “So I shut the phone and went and woke Mum.”",
    "Mum Clare Wrenfield, 46, a nurse, said she was “prouder than on the day he was born”. “He came into my room at eleven o’clock at night holding the phone out like it was on fire,” she said.",
    "Head teacher Perpetua Gathercole, of Calderbrook Academy in Stowbridge, rang the exams authority’s emergency line at 11.20pm. “Lorcan did what I would hope every one of my pupils would do. Sadly, I can’t say that about all of them,” she said.",
    "The sick Paper Ghosts channel – dubbed the Ghost Gang by pupils – had 9,000 members on the app Quillet when the pictures went up. Exam chiefs pulled the paper at dawn on Monday, leaving 58,300 teenagers with nothing to do but go home. One classmate told the Hubbub: “Half our year had it before breakfast. Nobody’s saying so.” Some members had paid up to €20 each for the pictures, a Quillet spokesman said.",
    "Cops in Varkony, where the papers are printed, have nabbed a night-shift worker named only as Zoltan B., 34. His boss, print firm owner Gabor Kohegyi, said yesterday that he would pay for the resit himself. Education Minister Honora Blackthorne has already torn up his €2.4million contract.",
    "Opposition MP Leofric Stanier blasted the deal as “penny-pinching madness”.",
    "Calderbrook Academy’s 212 Upper Certificate students will sit the resit in the school gym. Miss Gathercole said the library would stay open every evening until then, weekends included, so that pupils could revise together.",
    "Lorcan, who wants to study engineering, is already back at his desk. “I’ll be ready on June 2. I’ve got a fortnight more to revise now, haven’t I?” he laughed.",
])

rep("szentmezoinaplo-2039-05-21-court-tarnoc", "Szentmezői Napló", "2039-05-21",
    "Print worker held for 30 days over Merrovian exam leak", [
    "SZENTMEZŐ, 21 May – A district court yesterday ordered a night-shift worker from Kőhegyi Print to be held for 30 days while police investigate the leak of a Merrovian school examination, the first case of its kind in Várkony.",
    "Zoltán B., 34, a machine operator from Tarnóc, an industrial town 90 kilometres east of the capital, Szentmező, is accused of photographing the 14 pages of the paper during his shift and passing the images to a buyer in Merrovia. The first image appeared on a Merrovian messaging channel at 23:40 local time last Sunday (21:40 GMT).",
    "His lawyer, Bálint Fehérvári, told the court that his client had been paid 3,000 euros and had been \"frightened into it\" by men he did not know. \"He is not a criminal mastermind. He is a father of two who made a terrible mistake,\" Fehérvári said outside the court.",
    "Police spokeswoman Captain Ildikó Szemere said investigators had found the phone used to take the pictures. Szemere noted that the suspect had no criminal record. \"The copy left the building as photographs, not as paper. No sheet is missing,\" she said. Asked whether other employees were under suspicion, she said: \"Not at this moment.\"",
    "Gábor Kőhegyi, the company's owner, told a press conference in Tarnóc on Wednesday that he would pay for the resit, which will cost around 900,000 euros. \"My grandfather started this business with a single press in 1961. I will not let a single night end it,\" he said.",
    "Interior Minister Katalin Oroszlány said Várkony had \"nothing to hide\". According to the Interior Ministry, Szentmező has agreed to give Dunmarrow the suspect's phone records within a week, and two Várkonian detectives will travel to Dunmarrow, the Merrovian capital, on Monday.",
    "At the print works, where 40 people work each night shift, staff have been told not to speak to reporters. \"We all feel watched now,\" said a woman leaving the gates on Friday evening, who gave no name. Production has stopped, and the firm's other customers, among them two Várkonian banks, have been told to expect delays.",
    "In Merrovia, 58,300 students will sit the paper again on 2 June. Dr. Silas Mountjoy of the Merrovian Examinations Authority (MEA) said in a statement that the new paper would be printed at home \"under guard, by people we can see\".",
])

rep("mbs-2039-05-24-exam-leak-hearing-live", "Merrovian Broadcasting Service", "2039-05-24",
    "LIVE: Minister, exams chief and police questioned by MPs over maths paper leak", [
    "LIVE: Minister, exams chief and police questioned by MPs over maths paper leak - Tuesday 24 May\nAll times Merrovian (UTC+1)",
    "09:05\nThe Education and Skills Committee sits at 10:30 (11:30 in Várkony) to ask how the Upper Certificate maths paper came to be cancelled eight days ago. Education Minister Honora Blackthorne, Dr Silas Mountjoy of the Merrovian Examinations Authority and Detective Chief Inspector Rowena Garlick of the National Crime Unit will give evidence. Captain Ildikó Szemere of the Várkony National Police (VNP) joins by video link.",
    "09:40\nA survey of 2,300 teachers by the Merrovian Teachers' Federation, published this morning, says that 38 percent of their Upper Certificate students had seen at least part of the leaked paper before it was pulled.",
    "10:41\nMountjoy tells MPs the resit paper was written last week by a team of six, none of whom had seen the original. \"We wrote it in a locked room. Nobody took a phone in, including me,\" he says.",
    "10:58\nThe opposition's Leofric Stanier asks Blackthorne whether she read the security audit of Kohegyi Print before signing the contract in 2036. She says she did not, and that the audit \"was not put in front of me\".",
    "11:15\nSzemere says the VNP has established that the man who paid Zoltan B. was a Merrovian citizen, and that his name has been passed to Garlick's unit.",
    "11:24\nGarlick confirms that two men, aged 19 and 22, were arrested in Stowbridge on Sunday evening. \"They are not masterminds either. They are two young men who thought this would make them rich,\" she says.",
    "11:50\nBlackthorne announces that from September every national exam paper will be printed in Merrovia, at an extra cost of about €1.1 million a year. \"The resit will go ahead,\" she says, \"on 2 June, at 09:00, in every exam hall in the country.\"",
    "12:20\nClare Wrenfield, whose son Lorcan raised the alarm, is in the public gallery. She tells MBS the family has been \"overwhelmed\" by messages and that Lorcan went back to school yesterday. \"He just wants to sit the exam now and be forgotten,\" Wrenfield says.",
    "12:47\nStanier wrote on X that the minister had \"signed first and read later\".",
    "13:05\nThe hearing adjourns. Kohegyi Print said in a statement this afternoon that it would appeal against the suspension of its contract.",
])
