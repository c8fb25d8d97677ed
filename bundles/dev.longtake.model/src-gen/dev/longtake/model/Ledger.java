/**
 */
package dev.longtake.model;

import java.math.BigDecimal;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Every take ever generated for a script and every charge paid: machine-written, beside the script (never inside it).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Ledger#getTakes <em>Takes</em>}</li>
 *   <li>{@link dev.longtake.model.Ledger#getSpending <em>Spending</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getLedger()
 * @model
 * @generated
 */
public interface Ledger extends EObject {
	/**
	 * Returns the value of the '<em><b>Takes</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.Take}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Takes</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getLedger_Takes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Take> getTakes();

	/**
	 * Returns the value of the '<em><b>Spending</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.Charge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One charge per paid generation (takes, previews, failed but billed jobs), in the order paid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spending</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getLedger_Spending()
	 * @model containment="true"
	 * @generated
	 */
	EList<Charge> getSpending();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The takes of the named shot, in ledger order (an unmodifiable snapshot).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Take> takesOf(String shotName);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The takes of the named shot made from the request with this hash: what a render plan counts as already there.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Take> takesFor(String shotName, String requestHash);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The take with this id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Take findTake(String id);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The circled take of the named shot, or null while none is circled.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Take circledTake(String shotName);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Circles the take and uncircles every other take of the same shot, so a shot has at most one circled take. The take must be in this ledger (IllegalArgumentException) and DONE (IllegalStateException).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	void circle(Take take);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sum of the charges in the given currency (compared ignoring case); 0 when there are none.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	BigDecimal totalSpending(String currency);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean oneCircledTakePerShot(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean takeIdsAreUnique(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Ledger
