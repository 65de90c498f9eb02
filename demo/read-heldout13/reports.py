"""The invented reports of demo/read-heldout13 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("kns-2038-11-16-whales-stranded", "Keelson News Service", "2038-11-16",
    "Dozens of pilot whales stranded on Estmere beach, at least nine dead", [
    "SKELDERWICK, Estmere, Nov. 16 (KNS) — Sixty-four pilot whales stranded overnight on Hessock Sands near the fishing town of Skelderwick, and at least nine were already dead by first light on Tuesday, Station Officer Kenver Trudgeon of the Estmerian Coastguard Agency (ECA) said.",
    "The first call came at 23:48 GMT on Monday from a fisherman, Fergus Rudd, who saw the animals in his deck lights as he brought his boat into harbour. \"There were black shapes the whole length of the beach, and they were calling to each other. I have fished this firth for 30 years and never heard anything like it,\" Rudd told KNS.",
    "About 300 volunteers from the marine-mammal charity Strandline Rescue kept the whales wet with buckets and sheets, and 22 were refloated on the high tide at 14:20 GMT. \"We are winning some and losing some. The ones we have lost, we lost in the night, before anyone could reach them,\" said Annabel Gorringe, the charity's coordinator on the beach.",
    "Vets put down five more whales during the afternoon, according to the charity. Another attempt is planned for the early-afternoon tide on Wednesday, and volunteers were getting ready to stay on the sand through Tuesday night. Skelderwick's two schools closed for the day so that teachers and older pupils could join the bucket lines, according to Skelderwick Town Council.",
    "The Hjorvik Marine Institute (HMI) in neighbouring Vestmoria said three of the stranded whales carried satellite tags its scientists fitted off the island of Solvoy in August, among them a female the institute knows as VM-17. Dr Tuva Ardal, who leads the institute's pilot whale project, was due to land in Estmere late on Tuesday. \"If she is on that beach, the pod followed her there. Where she goes, they go,\" Ardal said before leaving Hjorvik.",
    "Marine Minister Augustin Fairweather ordered Halberd Energy to stop a seismic survey that its ship, the Greyling Surveyor, has been running in the Dunhallow Firth since Nov. 2. \"I am not saying the survey did this. I am saying we will not find out by carrying on,\" he said.",
    "Halberd said in a statement that the vessel had been working more than 60 kilometres from the beach and had kept to \"every rule in its licence\".",
    "The last mass stranding on Hessock Sands, in 2031, killed 30 whales, the coastguard said.",
])

rep("callowportwarden-2038-11-18-hessock-whales", "The Callowport Warden", "2038-11-18",
    "Forty-one saved, 23 lost: the long fight for the Hessock whales", [
    "By the time the tide turned on Wednesday afternoon, 41 of the 64 pilot whales that stranded on Hessock Sands on Monday night had been returned to the sea. The other 23 died: nine before anyone reached them, and 14 that vets put down after judging them too weak to swim.",
    "The second refloat began at 15:05 GMT on Wednesday, and 19 whales, a calf among them, swam clear before dusk. “You could see them talking to each other out past the breakers. Then they just went,” said Annabel Gorringe, the coordinator of Strandline Rescue, whose volunteers have worked in shifts since Tuesday.",
    "Dr Tuva Ardal of the Hjorvik Marine Institute, who flew in from the Vestmorian capital late on Tuesday, said that the tagged female VM-17 was among the first to leave and that the rest of the pod had followed her. The volunteers call her Old Bess. “She is at least 40 years old. She has led this family through worse water than the Dunhallow Firth,” Ardal said.",
    "Marine Minister Augustin Fairweather, who visited the beach on Wednesday morning, told the Warden that the halt to Halberd Energy’s survey would last “as long as it takes” and that he had asked the Estmere Veterinary Laboratory to examine a dozen of the dead whales for damage to their hearing.",
    "Halberd’s chief executive, Barnaby Quillfeather, called that “theatre” in an interview with EBC television on Wednesday night. The company’s air guns, he said, were fired at a level set by the minister’s own department. “We did not put those whales on that beach. Wind, tide and bad luck did,” he added.",
    "Vestmoria’s fisheries minister, Eirik Braekhus, said on X that his country’s scientists were “proud to stand in the water with our neighbours”.",
    "In parliament on Wednesday evening, the opposition’s marine spokeswoman, Ursula Wetherell, asked why the survey had been licensed for the weeks when pilot whales pass through the firth. The coastguard says its records show eight strandings on the Estmerian coast in the past ten years.",
    "Fergus Rudd, the fisherman who raised the alarm, has barely been home since. His wife, Elspeth, has kept the couple’s café on the seafront open day and night, serving tea and soup to anyone in a wetsuit. “I have stopped counting the cups,” she said. Rudd said he would go back to sea on Monday “if the whales let me”.",
    "Halberd Energy, which holds four exploration licences in Estmerian waters, has lost 6 per cent of its share value since Monday.",
])

rep("dailyrattle-2038-11-19-swim-biscuit", "The Daily Rattle", "2038-11-19",
    "SWIM, BISCUIT, SWIM! Boy, 11, cheers baby whale back to sea", [
    "He named her after his favourite snack, sang to her for two days and cried when she left. Now schoolboy Callum Rudd, 11, wants to be a whale scientist.",
    "Callum spent Tuesday and Wednesday on Hessock Sands pouring seawater over a two-metre calf he called Biscuit, while his dad Fergus, the fisherman who found the stranded pod, dug channels to the sea. “She had the saddest eyes,” Callum told the Rattle. “I told her, ‘Your mum’s right here, don’t be scared,’ and she went quiet.”",
    "Callum watched from the rope line as Biscuit and her mum were refloated with 17 others at 3.05pm on Wednesday, his dad up to his chest in the surf beside them. “She went under a wave and came up blowing,” he said, “and then she was gone. I didn’t even get to say goodbye.”",
    "Rescue charity Strandline, dubbed the Strandliners by locals, saved 41 of the 64 whales with an army of 300 volunteers in wetsuits. Boss Annabel Gorringe, 58, said the lad had “more stamina than half my volunteers”.",
    "Dad Fergus, 47, said he had never been prouder. “He wouldn’t come off the beach even to eat. I had to carry sandwiches down to him,” he said.",
    "Mum Elspeth, 44, who runs the Salt Pan café on the seafront, has poured more than 2,000 cups of tea for rescuers since Tuesday, free of charge. “Nobody’s paid for a thing. Nobody’s asked to,” she said.",
    "But there was fury at energy firm Halberd, whose survey ship had been blasting the seabed with air guns for a fortnight. One volunteer, who gave no name, told the Rattle: “They deafened them. Everyone on that beach knows it.” Halberd insists the ship was more than 60km away.",
    "The Hjorvik Marine Institute in neighbouring Vestmoria, which tagged the pod’s matriarch Old Bess in August, says she is now leading the survivors north. “She knows the way home,” said its whale expert Dr Tuva Aardal.",
    "Two of the rescued whales swam back onto the sand at Colley Point yesterday morning but were pushed out again by volunteers, the coastguard said. Vestmorian fisheries minister Erik Braekhus said the survey should never have been allowed.",
    "And Callum? “I’m going to find her when I’m a scientist. Biscuit won’t remember me, but I’ll remember her,” he vowed.",
])

rep("hjorvikavis-2038-11-21-ardal-home", "Hjørvik Avis", "2038-11-21",
    "Applause at the airport for the whale scientist who went to Estmere", [
    "HJØRVIK, 21 November — Dr Tuva Årdal came home to Hjørvik yesterday to a round of applause at the airport, four days after she flew to Estmere to help save a pod of pilot whales that her institute has followed for three years.",
    "The alarm was raised at 00:48 local time on Tuesday (23:48 GMT on Monday), when a fisherman saw the pod of 64 whales on Hessock Sands, near the Estmerian town of Skelderwick. Volunteers refloated 41 of them over two days; 23 died.",
    "Three of the whales carried satellite tags fitted by the Hjørvik Marine Institute (HMI) off Sølvøy in August. \"When the first signal came from a beach, I thought the tag had failed. Tags do not usually go ashore,\" Årdal told Hjørvik Avis at the airport. \"Then the second one came from the same beach, and the third, and I knew.\"",
    "Årdal said that the matriarch, known at the institute as VM-17, had taken the survivors 310 kilometres north since Wednesday and was now off the western cliffs of Sølvøy. She noted that the whales were feeding again, which she called \"the best news of the week\".",
    "Fisheries Minister Eirik Brækhus, who met Årdal at the airport, said Vestmøria would pay for two more tags so that HMI could follow the calves. He said that he had written to the Estmerian marine minister, Augustin Fairweather, on Friday to ask that seismic surveys in the Dunhallow Firth be banned in winter, \"when every whale in the north passes through it\".",
    "The results of the post-mortem examinations will be presented to parliament in Callowport, the Estmerian capital, on Tuesday, and Callowport has agreed to send them to HMI the same day, according to the Vestmørian Fisheries Ministry.",
    "Estmerian volunteers sent Årdal home with a card signed by more than 150 of them. \"She told us which whales would swim and which would not, and she was right every time,\" said Annabelle Gorringe of the rescue charity Strandline, speaking by telephone from Skelderwick.",
    "\"Those whales follow the herring, and so do we. If they are deaf, our boats will feel it,\" said Ingvild Sæterdal, who skippers a trawler out of Sølvøy.",
    "Halberd Energy, whose survey remains halted, has said the Greyling Surveyor was too far away to harm the whales.",
])

rep("ebc-2038-11-23-whale-hearing-live", "Estmere Broadcasting Corporation", "2038-11-23",
    "LIVE: MPs question minister and energy firm over whale deaths", [
    "LIVE: MPs question minister and energy firm over whale deaths - Tuesday 23 November\nAll times GMT",
    "9.02am\nParliament's Marine Affairs Committee sits at 10am (11am in Vestmoria) to hear what killed 23 pilot whales on Hessock Sands last week. Marine Minister Augustin Fairweather, Halberd Energy's chief executive Barnaby Quillfeather and the pathologist Dr Cuthbert Moxley of the Estmere Veterinary Laboratory (EVL) will give evidence. Dr Tuva Ardal joins by video link from Hjorvik, the Vestmorian capital.",
    "9.30am\nStrandline Rescue says in a statement that the week's rescue cost it about €48,000 and that donations have already covered it twice over.",
    "10.06am\nMoxley opens. The EVL's findings say that seven of the 12 whales his team examined had bleeding around the inner ear, \"consistent with exposure to intense underwater sound\".",
    "10.14am\n\"Consistent with is not the same as caused by. I want to be very clear about that,\" Moxley says. The other five showed no such damage, he says, and two of them had stomachs full of plastic.",
    "10.31am\nQuillfeather tells the committee the Greyling Surveyor fired its air guns every ten seconds, at the level its licence allows. Asked by the opposition's Ursula Wetherell whether he would apologise, he says: \"For what? For doing exactly what we were licensed to do?\"",
    "10.48am\nWetherell, who wants the survey licence revoked, says the company \"hides behind its paperwork\".",
    "11.05am\nFairweather announces that seismic surveys in the Dunhallow Firth will be banned every year from 1 December to 31 March, starting next week. Halberd's licence will be reviewed, he says, \"not by me, but by people who know more about whales than I do\".",
    "11.20am\nArdal says VM-17 and the rest of the pod are now feeding off Solvoy, more than 300 kilometres north. \"They have forgiven us faster than I would have,\" she says.",
    "11.42am\nFairweather says he has promised Hjorvik the committee's full report and that Estmere will meet half the cost of two new satellite tags for the Vestmorian institute.",
    "12.15pm\nFergus Rudd, the fisherman who found the pod, is watching from the public gallery. He tells EBC his son Callum has not stopped drawing whales since Wednesday. \"His teacher says the classroom wall is full,\" Rudd says.",
    "12.40pm\nAnnabel Gorringe of Strandline, speaking on EBC's Undertow programme, which airs at 7pm, says the charity will train 200 more volunteers before the next stranding season. \"There will be a next time. There always is,\" she says.",
    "1.05pm\nThe hearing adjourns. According to a parliamentary official, it will sit again on Friday to hear from the coastguard.",
])
