/**
 * How long a state may take to arrive when the work behind it is heavy, not how long to sleep: every
 * wait in these tests is an assertion on a state (a header shown, a badge's data-count), which returns
 * the moment the state holds. These ceilings only decide when a missing state counts as a failure.
 *
 * A call that hashes a password (first-run setup, 登录, 修改密码) runs Argon2id m=19 MiB, t=2 (README "Passwords"):
 * about 40 ms on an idle machine, several seconds on a 2-core machine busy building or running other
 * stories; the clean-clone CI run that failed waited 10 s for the header after setup.
 */
export const PASSWORD_WORK = { timeout: 60_000 }
