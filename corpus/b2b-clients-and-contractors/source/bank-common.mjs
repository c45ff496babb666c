export const H='harassment', N='hard_negative', O='ordinary';
export const o='other', h='hospital', sc='school', st='store', ho='hotel';
export const T='threat', A='abuse', I='intimidation', AC='apology_coercion', U='unreasonable_demand', P='persistence', R='restraint', S='sexual', D='discrimination', PT='personal_targeting', SNS='sns_exposure', PH='physical';
