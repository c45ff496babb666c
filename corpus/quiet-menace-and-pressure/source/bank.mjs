import A from './bankA.mjs'; import B from './bankB.mjs'; import C from './bankC.mjs';
export default [...A, ...B, ...C];
