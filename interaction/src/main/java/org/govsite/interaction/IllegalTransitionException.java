package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.ConflictException;

/**
 * An action that the letter's state does not allow (非法办理动作); names the state and the action.
 * Code {@link MailboxErrorCode#ILLEGAL_TRANSITION}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class IllegalTransitionException extends ConflictException {
  private static final long serialVersionUID = 1L;

  private final String letterId;
  private final LetterState state;
  private final LetterAction action;

  /** Creates the exception for a letter, its state, the refused action and why. */
  public IllegalTransitionException(String letterId, LetterState state, LetterAction action, String why) {
    super(MailboxErrorCode.ILLEGAL_TRANSITION, "信件 " + letterId + " 处于“" + state.chinese() + "”状态，不能" + action.chinese()
        + " / letter " + letterId + " is in state '" + state.code() + "': action '" + action.code()
        + "' is not allowed (" + why + ")");
    this.letterId = letterId;
    this.state = state;
    this.action = action;
  }

  /** Returns the letter's id. */
  public String letterId() {
    return letterId;
  }

  /** Returns the state the letter was in. */
  public LetterState state() {
    return state;
  }

  /** Returns the refused action. */
  public LetterAction action() {
    return action;
  }
}
