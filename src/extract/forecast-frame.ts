/**
 * The writer's expectation or assumption framing what others or things will do ("Ik verwacht dat spreiding van
 * functies … terug te vinden zal zijn", "Het kabinet verwacht om die reden dat er lidstaten zullen zijn die …",
 * "Ik ga er dan ook vanuit dat Bunq dit tot de bodem uitzoekt", "Ik ga er vanuit dat met deze maatregelen een verdere
 * vermindering … zal worden bereikt"), or said without its holder or as an assumption ("De verwachting is nu dat het
 * rapport in voorjaar 2011 zal worden voltooid", "Ik neem ook aan dat … publicaties … zullen worden verzorgd"): the
 * future is the complement's, told as a forecast, and undertakes nothing
 * (GUIDE §1, D11 (d)). The writer's own act in the complement ("Ik verwacht dat ik u voor de zomer kan informeren") or
 * a delivery to the Kamer or of a document ("… dat de evaluatie voor de zomer gereed is") stays the government's.
 */
const FRAME = new RegExp(
  // A reason may go first, up to its comma ("Gezien de internationale en technische ontwikkelingen, is de verwachting dat").
  String.raw`^(?:[^,.;]{0,40}?\s|(?:gezien|gelet op|vanwege|op basis van|op grond van)\s[^.;]{0,100}?,\s*)?(?:` +
    // "Ik verwacht (om die reden) dat", "Daarom verwacht het kabinet dat"
    String.raw`(?:ik|wij|we|het kabinet|de regering)\s+(?:[^\s,.;]+\s+){0,2}?verwacht(?:en)?|verwacht(?:en)?\s+(?:ik|wij|we|het kabinet|de regering)` +
    // "Ik ga er (dan ook) vanuit dat", "Wij gaan ervan uit dat"
    String.raw`|(?:(?:ik|wij|we|het kabinet|de regering)\s+(?:ga|gaan|gaat)|(?:ga|gaan|gaat)\s+(?:ik|wij|we|het kabinet|de regering))\s+er\s*(?:[^\s,.;]+\s+){0,3}?van\s*uit` +
    // "De verwachting is (nu) dat", "(Gezien …,) is de verwachting dat": the same forecast, said without its holder
    String.raw`|(?:de|mijn|onze)\s+verwachting\s+is|is\s+(?:de|mijn|onze)\s+verwachting` +
    // "Ik neem (ook) aan dat": an assumption
    String.raw`|(?:ik|wij|we|het kabinet|de regering)\s+(?:neem|nemen|neemt)\s+(?:[^\s,.;]+\s+){0,2}?aan|(?:neem|nemen|neemt)\s+(?:ik|wij|we|het kabinet|de regering)\s+(?:[^\s,.;]+\s+){0,2}?aan` +
    String.raw`)\s*,?\s+(?:[^\s,.;]+\s+){0,3}?dat\s+(.+)$`,
);
/**
 * The complement opening on the writer, the government or the Kamer, or on what is possible for the writer to do ("dat
 * het mogelijk is de ontwerptekst voor het eind van dit jaar in consultatie te brengen"): its act is the government's or
 * a delivery.
 */
const OWN_SUBJECT = /^(?:[^\s,.;]+\s+){0,3}?(?:ik|wij|we|het kabinet|de regering|mijn ministerie|de minister|de staatssecretaris|u|uw kamer|de (?:tweede |eerste )?kamer)\b|^het\s+(?:[^\s,.;]+\s+){0,3}?(?:mogelijk|haalbaar|lukt|lukken)\b/;
/** What the government does or delivers, named in the complement: by it, to the Kamer, or a document done. */
const GOVERNMENT_DELIVERS = /\b(?:door\s+(?:mij|ons|het kabinet|de regering)|(?:aan|naar)\s+(?:uw|de)\s+(?:tweede\s+|eerste\s+)?kamer|informe\p{L}*|geïnformeerd|rapporte\p{L}*|gereed|klaar|afgerond|opgeleverd|gepubliceerd|verschijn\p{L}*|aangeboden|verzonden|gestuurd)\b/u;

/** A later clause of the writer's own future ("…, waarna ik een besluit zal nemen"): another act, undertaken. */
const OWN_ACT_LATER = /\b(?:(?:ik|wij|we|het kabinet|de regering)\s+(?:[^\s,.;]+\s+){0,3}?(?:zal|zullen|ga|gaan)|(?:zal|zullen|ga|gaan)\s+(?:ik|wij|we|het kabinet|de regering))\b/;

/** The forecast's frame ("ik verwacht … dat"), when the sentence's future is a forecast of others or of things. */
export function forecastOfOthers(lower: string): string | undefined {
  const frame = FRAME.exec(lower);
  if (!frame) return undefined;
  const complement = frame[1]!;
  if (OWN_SUBJECT.test(complement) || GOVERNMENT_DELIVERS.test(complement) || OWN_ACT_LATER.test(complement)) return undefined;
  return frame[0].slice(0, frame[0].length - complement.length).trim();
}
