/**
 * Wording of the synthetic complaints. {a|b} picks one alternative, [slot] is
 * filled from COMPLAINT_SLOTS. Per category: `core` sentences carry the clearest
 * signal, `detail` sentences add weaker evidence, `mixed` sentences use another
 * category's words (a delivery complaint asking for a refund) so that no single
 * word decides the label.
 */
export interface CategoryTemplates {
  name: string;
  /** Relative frequency of the category in the corpus. */
  weight: number;
  core: readonly string[];
  detail: readonly string[];
  mixed: readonly string[];
}

export const CATEGORY_TEMPLATES: readonly CategoryTemplates[] = [
  {
    name: 'billing',
    weight: 0.25,
    core: [
      'I was charged twice for {my|the} [product].',
      'I was charged [amount] {twice|two times} on my [card].',
      'You charged me [amount] {but|even though} I {cancelled|canceled} my [plan] {last month|weeks ago|on [date]}.',
      'My invoice {shows|says} [amount] {instead of|but I was quoted} [amount].',
      '{Why|How} was I charged [amount] for a [plan] I never signed up for?',
      'The {price|total} at checkout was [amount] but I was charged [amount].',
      'You charged me [amount] by mistake and I {still haven\'t|have not} {received|gotten} the refund {you promised|I was promised} on [date].',
      '{My|The} {discount|promo} code was not applied and I was charged {full price|[amount] too much}.',
      'I keep getting charged for a subscription I cancelled.',
      'There is a {late fee|hidden fee|booking fee} on my invoice that nobody explained.',
      'The {VAT|tax} on my invoice is wrong.',
      'You charged my [card] [amount] {without permission|without asking|twice}.',
      'My {payment|card payment} {failed|was declined} but I was still charged.',
      'I was charged [amount] too much on order [order].',
      'The {renewal|auto-renewal} charged me [amount] {without any warning|a month early}.',
      '{The|My} {discount|promo} code {didn\'t work|was ignored} and I paid full price.',
      'Why did my {bank|card} statement show [amount] twice?',
      'I {cancelled|stopped} my [plan] but the money {keeps leaving|still leaves} my bank every month.',
    ],
    detail: [
      'Please {correct|fix} the invoice and {refund|reimburse} the difference.',
      'I {checked|looked at} my {bank statement|card statement} {this morning|yesterday} and the charge is {still there|pending}.',
      'I need {a corrected invoice|an itemised receipt} for my {accountant|expenses}.',
      'This is the {second|third} time I have been {charged wrongly|overcharged}.',
      'The {amount|price} on the website was {lower|different} from what I was charged.',
    ],
    mixed: [
      'The [product] {never arrived|was broken} {but|and yet} you still {took my money|billed me}.',
      'I {could not|can\'t} log in to {cancel|check} my subscription.',
      '{Support|Customer service} {did not|didn\'t} reply to my {email|emails} about it.',
      'The delivery fee was {added twice|added even though delivery was free}.',
    ],
  },
  {
    name: 'delivery',
    weight: 0.3,
    core: [
      'My {parcel|delivery} {has not arrived|never arrived|still hasn\'t arrived} {and it has been|after} [days] days.',
      'The tracking says my parcel was delivered but {nothing came|it is not here|I never got it}.',
      '[carrier] left my parcel {at the wrong address|with a neighbour I don\'t know|outside in the rain}.',
      'The delivery was supposed to {arrive|come} on [date] and it {is late|still isn\'t here|was delayed again}.',
      'I paid for {express|next-day} delivery and it took [days] days.',
      'The delivery {driver|courier} {never showed up|didn\'t even knock|marked it as failed} {even though|while} I was home all day.',
      'The parcel tracking {has not updated|stopped updating} {since [date]|for [days] days}.',
      'My parcel was {sent|delivered} to {my old address|the wrong city|someone else}.',
      '{Only|Just} {half|part} of my delivery {arrived|came}; the [product] is missing.',
      'The parcel {arrived|was delivered} {crushed|soaking wet|torn open}.',
      'I have been waiting {all week|since [date]} for the [carrier] delivery.',
      '[carrier] {says|claims} they tried to deliver my parcel but {nobody came|there was no card}.',
      'Where is my order? It has been [days] days.',
      '[carrier] {says|claims} nobody was home, but I was there all day.',
      'My order [order] {still hasn\'t shown up|never showed up}.',
    ],
    detail: [
      '{Where is|What happened to} my {parcel|delivery}?',
      'The estimated delivery date keeps {changing|moving}.',
      'I needed {the parcel|the delivery|it} for {a birthday|a trip|work} on [date].',
      '[carrier] {says|told me} the delivery is your problem and you say it is theirs.',
      'The tracking number {does not work|is not recognised}.',
    ],
    mixed: [
      '{If it doesn\'t arrive|If it isn\'t here} by [date] I want {a refund|my money back}.',
      'I paid [amount] for shipping {for nothing|and got nothing}.',
      'I called {support|customer service} and {waited|was on hold} [duration].',
      'The [product] {is|was} a gift and now it is {ruined|too late}.',
    ],
  },
  {
    name: 'product defect',
    weight: 0.2,
    core: [
      'The [product] stopped working after [days] days.',
      '{My|The} [product] {arrived|came} broken {and|so} I can\'t use it.',
      'The [product] {won\'t|doesn\'t} {turn on|charge|switch on}; it is {faulty|broken}.',
      '{The battery|The screen|The zip|The handle|The lid|The button} {is broken|is faulty|stopped working} {within a week|on the first day|after one use}.',
      '{This|The} [product] is {faulty|broken}{| and dangerous| and useless}.',
      'The [product] {makes a loud|keeps making a} {grinding|buzzing|clicking} noise; it must be faulty.',
      '{Pieces|Parts} {were|are} missing from the box and the [product] {is broken|stopped working}.',
      'The [product] {overheats|smells like burning plastic|leaks water} {when I use it|every time}; it is {faulty|broken}.',
      'The [product] is {poor quality|badly made} and {already broken|it stopped working}.',
      '{After|Within} [days] days the [product] {started leaking|cracked} and {stopped working|now it is broken}.',
      'The [product] {only works|works} {for a few minutes|now and then} and then stops working.',
      'The [product] {makes a loud|keeps making a} {grinding|buzzing|clicking} noise.',
      'The [product] {cracked|started leaking|fell apart} {within a week|on the first day|after one use}.',
      'The screen of my [product] {flickers|went black} {after [days] days|on the first day}.',
    ],
    detail: [
      'I {followed|read} the {instructions|manual} {carefully|twice}.',
      'I would like a {replacement|repair|new one} {under warranty|as soon as possible}.',
      '{This|That} is {the second|another} [product] {with the same fault|that broke}.',
      '{Quality|The build quality} has gone {down|downhill}.',
      'I have photos of the {damage|fault}.',
    ],
    mixed: [
      'I want {a refund|my money back} {, not|and not} a replacement.',
      'It {arrived|came} [days] days late {as well|too}.',
      '{Your|The} {support|chat} team {was not|wasn\'t} {helpful|any help}.',
      'I paid [amount] for this.',
    ],
  },
  {
    name: 'account access',
    weight: 0.15,
    core: [
      'I {can\'t|cannot} log {in|into} my account {since [date]|after the update}.',
      'The password reset {email|link} for my account {never arrives|does not work|has expired}.',
      'My account {has been|was} {locked|suspended|blocked} {for no reason|after too many login attempts}.',
      'I {keep getting|get} {an error|"invalid password"|"user not found"} when I log in to my account.',
      'The {verification|login|security} code for my account {never comes|is never sent} to my {phone|email}.',
      '{Someone|A stranger} {changed|reset} my password and I am locked out of my account.',
      'I got a new phone and {now|} {can\'t|cannot} log in to my account.',
      '{The app|The website} {logs me out|signs me out} of my account {every few minutes|constantly}.',
      'My account {username|login|email} is not {recognised|recognized} {anymore|any more}.',
      'I {think|believe} my account {was hacked|has been hacked|was compromised}.',
      'The two-factor code never {arrives|comes} {by text|by email}.',
      'I {keep getting|get} "invalid password" even after a reset.',
      'The app {says|tells me} my username {does not exist|is unknown}.',
    ],
    detail: [
      'I have {tried|reset} my password {[times]|again and again}.',
      'I {need|want} {to see|to access} my {order history|saved addresses} in my account.',
      'Please {unlock|restore|reactivate} my account.',
      '{Clearing my cookies|Clearing the cache|Reinstalling the app} {did nothing|didn\'t help} and the login still fails.',
      'The login page just {spins|reloads}.',
    ],
    mixed: [
      'I {need|want} to {check|see} {my order|the tracking|my invoice}.',
      'There {might be|may be} charges I didn\'t make.',
      '{Support|The helpline} {keeps|just keeps} {telling me to wait|sending me the same link}.',
      'I can\'t {cancel|change} my [plan].',
    ],
  },
  {
    name: 'customer service',
    weight: 0.1,
    core: [
      'I {waited|was on hold for} [duration] {on the phone|in the chat} and nobody from customer service {answered|helped}.',
      '{Your customer service agent|The customer service agent|[name] from customer service} was {rude|dismissive|unhelpful} {to me|on the phone}.',
      'I {emailed|wrote to} customer service [times] and {never got a reply|got no answer}.',
      '{Nobody|No one} from customer service {called me back|got back to me} {as promised|even though I was told they would}.',
      'The customer service chat bot {keeps sending me in circles|doesn\'t understand my question|just repeats the FAQ}.',
      'I {was transferred|got passed} between customer service agents [times] {and|but} nobody {could|would} help.',
      '{Each|Every} customer service agent {tells me|gives me} a different answer.',
      'My complaint {ticket|case} was closed without {anyone|anybody} from customer service {contacting me|reading it}.',
      '{The|Your} customer service {phone line|helpline|hotline} {is always busy|hangs up on me|never answers}.',
      'I {waited|was on hold for} [duration] and nobody {answered|picked up}.',
      '{The agent|[name]} {hung up on me|was rude to me|laughed at me}.',
      'I {emailed|wrote} [times] and {never got a reply|got no answer}.',
    ],
    detail: [
      'I have been a {loyal|long-time} customer for [years] years.',
      'I {want|would like} to speak to a {manager|supervisor}.',
      '{This|Such} {service|treatment} is {unacceptable|disgraceful|not good enough}.',
      '[name] promised {a callback|an email} {within 24 hours|the same day}.',
    ],
    mixed: [
      'It {started|began} with {a late delivery|a wrong charge|a broken [product]|a locked account}.',
      'I {just|only} want {a refund|my money back|someone to fix it}.',
    ],
  },
];

/** Sentences any complaint may start with. */
export const OPENERS: readonly string[] = [
  'Hello,', 'Hi,', 'To whom it may concern,', 'Hi there.', 'Dear {support team|Sir or Madam},',
  'I am writing to complain.', '{Very|Really|Extremely} {disappointed|frustrated|annoyed}.', 'Not happy {at all|}.',
];

/** Sentences any complaint may end with. */
export const CLOSERS: readonly string[] = [
  'Please sort this out.', '{Please|Kindly} {help|fix this|respond} {asap|as soon as possible|today}.', 'Thanks.',
  '{Really|Very} disappointed.', 'I will {never order again|leave a bad review|take my business elsewhere} if this is not fixed.',
  'Regards, [name]', 'Order number [order].',
];
