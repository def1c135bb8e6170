export { governmentService, onlineAddressProblem, type GuideServiceInput } from './guide-rules'
