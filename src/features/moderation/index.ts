// What other features may use of the moderation desk.
export { anonymiseCopiesOf } from './server/anonymise-copies'
