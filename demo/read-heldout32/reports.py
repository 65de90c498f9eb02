"""The invented reports of demo/read-heldout32 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("ironvale-2054-06-06-derby-favourite-scratched", "Ironvale Wire", "2054-06-06",
    "Derby favourite Blyskawiec scratched on race morning after positive test in Esterland laboratory", [
    "KRZEMIENIOW, Lesovia, June 6 (Ironvale Wire) -- Blyskawiec, the unbeaten colt who had been favourite for the Lesovian Derby, was withdrawn about eight hours before Saturday's race after a laboratory abroad found a banned painkiller in a sample taken last month, the Lesovian Turf Authority (LTA) said.",
    "The authority said the Equine Residue Analysis Centre (ERAC) in Thornwick, Esterland, which tests Lesovian racing samples under contract, had found velbutazone, an anti-inflammatory banned on race days, in urine taken from the colt after he won the Kasztan Stakes at Krzemieniow on May 24.",
    "Its report reached the LTA at 02:45 local time on Saturday (00:45 GMT), which was a quarter past nine on Friday evening in Thornwick. Chief steward Bogumil Mrozowicz said he had telephoned the trainer at 06:30 and scratched the horse at 08:10.",
    "\"We had a positive finding for a prohibited substance and a horse due to run in ten hours. There was nothing left to decide,\" Mrozowicz said. \"Nobody in this building enjoyed making it.\"",
    "Trainer Dobromir Kwiecien, 54, said he had never given the colt a banned substance. \"I have trained horses for 31 years without a positive test,\" he said, \"and I did not get one this morning either. I got a piece of paper from a laboratory that lost track of its own fridge.\"",
    "His lawyer, Celina Ozarowska, told reporters at the racecourse that the sample had spent 30 hours in an unrefrigerated cargo shed at Saltreach airport and that the seal number logged in Thornwick did not match the one on the LTA's collection form. ERAC said in a statement that its handling had been \"complete, documented and correct\" and that the second, or B, sample would be opened on Thursday with both sides present.",
    "The Derby, run over 2,400 metres, went to Ostrowid, trained by Jagoda Wilczek, by two lengths from a field of 14. Blyskawiec's jockey, Bartosz Kwiecien, the trainer's 23-year-old son, watched from the stands. \"The best horse in the race spent the afternoon in his box,\" he said.",
    "The colt's owner, Esterland biscuit maker Perdita Glanville, said on X that she was \"heartbroken but not ashamed\" and would pay for independent tests of her own. Wilczek, asked about the empty stall, told reporters she would rather have beaten Blyskawiec than inherited the race.",
    "An LTA official in Wrzosow, who asked not to be identified, said the authority had sent its samples to Thornwick since 2049 because Lesovia has no accredited laboratory of its own. Stewards could ban a trainer for up to two years for a first velbutazone offence, the official said.",
])

rep("glos-2054-06-07-kwiecien-vows-to-clear-name", "Głos Krzemieniowa (English edition)", "2054-06-07",
    "Kwiecień vows to clear his name as Błyskawiec misses the Derby", [
    "KRZEMIENIÓW, 7 June 2054 — Dobromir Kwiecień was in the yard with a bucket of carrots when his telephone rang yesterday morning. By nightfall the colt he had prepared for two years had missed the Lesovian Derby, and his stable of 40 horses was facing an inquiry.",
    "\"Mrozowicz rang at half past six and said, 'Dobromir, I am sorry, the horse cannot run.' I asked him to repeat it. He did, twice,\" Kwiecień told Głos Krzemieniowa at his stables outside the town. \"I have fed that horse every morning since he was a foal. I know what goes into him.\"",
    "The Lesovian Turf Authority's statement, issued at 21:00, said the stable had been told of the finding \"as soon as was humanly possible\" and that the B sample would be tested in Thornwick on Thursday in front of experts chosen by both sides. According to the authority, 12 stewards and two veterinary officers were consulted before the decision.",
    "Celina Ożarowska, the trainer's lawyer, noted that the sample had been flown out on 25 May and did not reach the laboratory until two days later. \"For 30 hours it sat in a shed at Saltreach airport in the middle of a heatwave,\" she said. \"Nobody can tell me what it was by the time anyone opened it.\"",
    "Sports Minister Lubomira Zbąszyńska spent an hour at the racecourse with Bogumił Mrozowicz, the authority's chief steward, before the race. \"Lesovian racing is clean, and it will be seen to be clean, whoever trains the favourite,\" the minister said.",
    "Wrzosów has asked Saltreach for copies of every temperature record kept at the Thornwick laboratory since the sample arrived, a ministry official said. The Esterland embassy did not reply to questions.",
    "At the stables, a groom who has looked after Błyskawiec since he was a yearling said the colt had eaten nothing unusual and had been watched \"day and night\" since the Kasztan Stakes. He asked for his name to be kept out of the paper.",
    "Bartosz Kwiecień, who would have ridden Błyskawiec, spent the race in the stands beside his father. He said he had watched Ostrowid win \"with one eye shut\". The Derby purse of 3.5 million vadeks went to Ostrowid's owners; the winning trainer, Jagoda Wilczek, said she had rung Dobromir Kwiecień afterwards to tell him she was sorry.",
    "Kwiecień said he would not give up. \"Test him again, test him in Thornwick, test him on the moon,\" he said. \"He is clean, and so am I.\"",
])

rep("heckler-2054-06-08-shortbread-queen-fights-for-sparky", "The Daily Heckler", "2054-06-08",
    "SHORTBREAD QUEEN: I'LL FIGHT FOR SPARKY", [
    "She made her millions from shortbread - and now the Shortbread Queen is ready to spend them clearing the name of her wonder horse Sparky.",
    "Perdita Glanville, 61, was fast asleep in her Saltreach mansion when the phone went at 2am our time on SATURDAY. Her trainer in Lesovia told her the $4.2 million colt - Blyskawiec to the racing world - would not be running in the Lesovian Derby.",
    "\"Dobromir said, 'Perdita, are you sitting down?' And I said, 'Darling, I'm lying down, it's two in the morning,'\" the Shortbread Queen told the Heckler. \"Then he told me, and I haven't closed my eyes since.\"",
    "Friends say the biscuit boss, whose Glanville's Bakeries empire employs more than 2,000 people, has already hired two private labs to test hair from Sparky's mane.",
    "The Thornwick boffins fired off their bombshell email late Friday - at 9.15pm, to be exact - and by breakfast the whole of Lesovia was talking about it.",
    "But trainer Dobromir Kwiecien's lawyer says the lab is the one that should be in the dock. Celina Ozarowska claims the sample sat in a baking airport shed at Saltreach for 30 hours and came with the wrong seal number. \"If I posted a birthday cake like that, it would arrive as soup,\" she said.",
    "The lab's boss, Dr Esme Fothergill, hit back last night. She told the Heckler her staff had handled the sample \"by the book, every page of it\". The B sample will be opened in Thornwick on Thursday.",
    "Jockey son Bartosz Kwiecien, 23, was in bits. \"He's my best mate and he never got his race,\" young Kwiecien said of the colt. Kwiecien senior faces a ban of up to two years if the charge sticks, racing insiders claim.",
    "More than 300 punters who backed Sparky ante-post have had their money back, bookmaker Tolworth Bet confirmed - at least $85,000 in all.",
    "Glanville, who bought the colt as a yearling in 2052, had booked a table for 12 at a Saltreach hotel to watch the race on a giant screen. The party went ahead. \"We drank the champagne anyway. It seemed rude not to,\" one guest told the Heckler.",
    "Esterland's sports minister has kept his head down. The Shortbread Queen hasn't. \"They can test him till the cows come home,\" she said. \"Sparky will run again, and he'll win.\"",
])

rep("brightwick-2054-06-11-b-sample-live", "Brightwick Radio", "2054-06-11",
    "LIVE: Blyskawiec's B sample opened at the Thornwick lab", [
    "LIVE: Blyskawiec's B sample opened at the Thornwick lab - Thursday 11 June\nTimes below are Thornwick time (UTC-03:30)",
    "08:55\nGood morning from the gates of the Equine Residue Analysis Centre in Thornwick. The second sample from Blyskawiec is due to be opened at 09:30 - that is 13:00 GMT and 15:00 in Krzemieniow, where the colt's trainer is waiting by his phone. Our reporter Ondine Quaife is inside.",
    "09:41\nERAC's director, Dr Esme Fothergill, began by telling both sides that the seal on the B bottle was \"intact, photographed and witnessed\". \"Nothing in this room has been touched since the day it arrived,\" she said.",
    "09:58\nCelina Ozarowska, acting for the trainer, argues that the real question is the seal number. The collection form in Krzemieniow ends in 4417, she says, while the bag logged in Thornwick ends in 4471.",
    "10:20\nFothergill replies that the digits were swapped by a clerk typing up the label and that the barcode, which is what the machines read, is the same on both. Ozarowska, who had listened with her arms folded while Fothergill spoke, was not persuaded. \"A laboratory that cannot copy four digits is asking us to trust it with a nanogram,\" she said.",
    "10:47\nOndine Quaife says about 20 people are crammed into the viewing room, among them two vets flown in from Krzemieniow. \"It is so quiet you can hear the fridge,\" she says.",
    "11:35\nThe temperature log for the fridge holding the Blyskawiec samples has a gap of 14 hours over the weekend of 30 and 31 May, ERAC confirmed in a written statement. It said the building's alarm would have sounded had the fridge failed.",
    "12:10\nFothergill was asked whether the gap mattered. \"A gap in a log is not a gap in the science,\" the director said.",
    "13:22\nThe result is in. The B sample, Fothergill says, confirms velbutazone at between 40 and 55 nanograms per millilitre, about 30 percent lower than the A sample.",
    "14:05\nIn Krzemieniow, Sports Minister Lubomira Zbaszynska has written on X that the result \"closes the scientific question\" and that the LTA's disciplinary panel will sit next Monday.",
    "14:40\nOzarowska spoke to us on the steps after Fothergill had gone back inside. \"We will ask the panel to throw out both results, because both came out of the same fridge,\" she said.",
    "15:30\nDobromir Kwiecien, speaking from his yard, told Brightwick Radio the result changed nothing and that he would \"see them all at the hearing\". The panel sits at 10:00 in Krzemieniow on Monday, which is 04:30 here.",
    "16:15\nThat is all from Thornwick today.",
])

rep("almoner-2054-06-12-champion-in-his-box", "The Saltreach Almoner", "2054-06-12",
    "A champion in his box, a fridge in Thornwick and a sport that cannot agree on either", [
    "On Saturday the Lesovian Derby went off at 16:30 in Krzemieniów – 14:30 GMT, 11:00 in Saltreach – without the horse half of Esterland had backed. Błyskawiec, owned by Perdita Glanville and trained by Dobromir Kwiecień, stood in his box a mile away while Ostrowid won.",
    "Six days later nobody disputes that velbutazone was in his urine. What everybody disputes is how much weight a laboratory’s paperwork can bear. The B sample, opened in Thornwick yesterday, matches the A sample at a lower level; Dr Esme Fothergill, the centre’s director, says the drop is “exactly what chemistry predicts after three weeks”.",
    "Celina Ożarowska, Kwiecień’s lawyer, sees it differently. “Thirty hours in a shed, fourteen hours with no temperature record, and a seal number that changes on the journey,” she says. “Any one of those would worry me. Together they should end this case.”",
    "The Lesovian Turf Authority, which pays ERAC 1.1 million vadeks a year to test its samples, stands by the laboratory. Its chief steward, Bogumił Mrozowicz, wrote to every licensed trainer on Tuesday night that the authority had “no reason to doubt a single result” from Thornwick. The disciplinary panel sits in Krzemieniów on Monday and has set aside four days.",
    "Saltreach says it has no say over a private laboratory’s contracts and wants none; a government spokesman concedes only that ministers are “watching closely”. Last week Lubomira Zbąszyńska, Lesovia’s sports minister, promised that Lesovian racing would be “seen to be clean”.",
    "Perdita Glanville, the colt’s owner, is less patient. She has already paid two laboratories of her own, one in Saltreach and one abroad, to test hair from his mane. The colt, she says, will move to a yard in Esterland “this weekend, whatever the panel decides”.",
    "Earlier this month Błyskawiec was the pride of two countries. Bartosz Kwiecień, who was to ride him, puts it more simply. “I had the best seat in Lesovia,” he says. “Now I have a seat in the stands.”",
    "According to Ożarowska, her client will ask the panel to hear from the airport’s cargo handlers, at least four of whom remember the cool box sitting by the shed door.",
    "Fothergill is unmoved. “We test 9,000 samples a year for six racing authorities,” she says. “If our fridges were that bad, we would have noticed long before this colt did.”",
])
