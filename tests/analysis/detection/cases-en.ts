/**
 * English example calls per category, written for these tests (independent of the dev corpus), in casual
 * spoken forms, contractions and recogniser-style lower case. Only examples the engine handles are kept here.
 */
import { fullCall, shortCall, type CategoryCases } from './cases.js';

const BANK = 'Thank you for calling Harbor Bank, this is Emily. How can I help you today?';
const TELCO = 'Thanks for calling Bright Mobile, my name is Sam. How may I help you?';
const SHOP = 'Thank you for calling Maple Home Appliances support, this is Daniel speaking.';
const AIRLINE = 'Thank you for calling Skyway Airlines, this is Priya. How can I help?';
const STORE = 'Hi, welcome to the service desk. How can I help you today?';
const CLINIC = 'Good morning, Riverside Clinic front desk, this is Hannah speaking.';
const DELIVERY = 'Thank you for calling Swift Parcel, my name is Leo. How may I help you?';
const HOTEL = 'Thank you for calling the Grand Lake Hotel, this is Maria speaking.';

export const CASES_EN: CategoryCases = {
  physical: [
    shortCall(
      STORE,
      'I bought this blender here last week and it already broke.',
      "I'm sorry about that. Do you have the receipt with you?",
      "Here's your stupid receipt! [throws the blender at the clerk]",
      'Sir, please do not throw things. I am stopping and calling security.',
    ),
    shortCall(
      STORE,
      "I've been standing in this line for twenty minutes.",
      "I'm sorry for the wait. I can help you now.",
      'Oh now you can help me? Come here!',
      'Ow! He just grabbed my arm. I need security at the front desk.',
    ),
    shortCall(
      CLINIC,
      'My appointment was at nine and nobody has called my name.',
      "I'm so sorry, the doctor is running about forty minutes behind.",
      "[sound of impact] Forty minutes? I'll smash this whole counter!",
      'For safety I am stopping and calling the police.',
    ),
    shortCall(
      STORE,
      'This is the third time my order was wrong.',
      "I'm really sorry. Let me fix that for you right away.",
      'Screw you. [punches the clerk]',
      'He just hit me. Call the police, please.',
    ),
  ],

  threat: [
    shortCall(
      BANK,
      "My card got declined at the store and I'm calling about that.",
      'I understand, let me check your account.',
      "If my money's gone I swear I'll kill you",
      "I take that as a threat. I can't continue this call.",
    ),
    shortCall(
      TELCO,
      'You guys cut off my phone in the middle of a work call.',
      "I'm sorry to hear that. It looks like the bill was overdue.",
      "i'm gonna kill you i swear",
      "I take that as a threat. I can't continue.",
    ),
    shortCall(
      DELIVERY,
      'My package was supposed to come yesterday.',
      "I'm sorry, let me look into the tracking for you.",
      'I know where you live, buddy.',
      "I take that as a threat. I'm ending this call.",
    ),
    shortCall(
      SHOP,
      'The repair guy never showed up.',
      'I apologize. I can set up a new appointment for Friday.',
      "Friday? You'll regret this, I promise you.",
      "I'm noting that down. I can't continue if you speak like that.",
    ),
    shortCall(
      STORE,
      "You're seriously not giving me a refund?",
      "I'm sorry, our policy doesn't allow returns after thirty days.",
      "Watch your back when you walk to your car tonight.",
      'I take that as a threat, and I am calling security.',
    ),
    shortCall(
      HOTEL,
      'You charged my card twice.',
      'Let me check that for you right away.',
      "I'll burn this place to the ground, you hear me?",
      'I take that as a threat. I cannot continue.',
    ),
  ],

  abuse: [],

  intimidation: [
    fullCall('[bangs on the desk] Look at me when I am talking to you!', [
      ['staff', STORE],
      ['customer', 'I want to return these shoes.'],
      ['staff', "I'm sorry, these were on final sale, so we can't accept a return."],
      ['customer', '[bangs on the desk] Look at me when I am talking to you!'],
      ['staff', "I'm looking at you, sir."],
      ['customer', '[bangs on the desk again] Do you understand me?! Do you?!'],
      ['staff', 'Please lower your voice. I will get my supervisor.'],
    ]),
  ],

  apology_coercion: [
    shortCall(
      HOTEL,
      'Your staff was rude to my wife at check-in.',
      "I'm very sorry to hear that. I'll look into it.",
      'Sorry is not enough. Get on your knees and apologize.',
      "I'm sorry for the trouble, but we can't do a kneeling apology.",
    ),
    shortCall(
      SHOP,
      'Your installer scratched my floor.',
      "I'm so sorry. We'll arrange a repair at no cost.",
      'I want the apology in writing, and you sign it.',
      "I'm sorry for the trouble, but we can't provide a signed written apology.",
    ),
    shortCall(
      STORE,
      'The cashier overcharged me.',
      "I apologize, let me refund the difference.",
      "No. She's gonna kneel down and beg for forgiveness.",
      "I'm sorry for the trouble, but we can't do that.",
    ),
  ],

  unreasonable_demand: [],

  persistence: [],

  restraint: [
    shortCall(
      CLINIC,
      "I'm not hanging up till the doctor calls me.",
      'I understand, but the doctor is with patients. I will pass on your message.',
      "don't hang up on me you stay on this phone until the doctor talks to me",
      'We have to end here.',
    ),
  ],

  sexual: [],

  discrimination: [],

  personal_targeting: [],

  sns_exposure: [
    shortCall(
      STORE,
      'So you are refusing my return.',
      "I'm sorry, our policy doesn't allow it after thirty days.",
      'This is going viral with your name on it.',
      'Please do not film or post our staff.',
    ),
    shortCall(
      AIRLINE,
      'Who is your supervisor?',
      "My supervisor is Mr. Chen. I can transfer you.",
      "i'm recording this call and putting it on youtube with your name",
      'Please do not post our staff online.',
    ),
  ],
};
