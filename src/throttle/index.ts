export { isThrottledMethod, type ThrottleClock, type ThrottleOptions, throttle } from './throttle.js';
