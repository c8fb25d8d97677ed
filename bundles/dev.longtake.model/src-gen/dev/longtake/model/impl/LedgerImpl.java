/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.Charge;
import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakePackage;
import dev.longtake.model.Take;

import dev.longtake.model.internal.LedgerConstraints;
import dev.longtake.model.internal.LedgerOperations;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ledger</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.LedgerImpl#getTakes <em>Takes</em>}</li>
 *   <li>{@link dev.longtake.model.impl.LedgerImpl#getSpending <em>Spending</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LedgerImpl extends EObjectImpl implements Ledger {
	/**
	 * The cached value of the '{@link #getTakes() <em>Takes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakes()
	 * @generated
	 * @ordered
	 */
	protected EList<Take> takes;

	/**
	 * The cached value of the '{@link #getSpending() <em>Spending</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpending()
	 * @generated
	 * @ordered
	 */
	protected EList<Charge> spending;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LedgerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.LEDGER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Take> getTakes() {
		if (takes == null) {
			takes = new EObjectContainmentEList<Take>(Take.class, this, LongtakePackage.LEDGER__TAKES);
		}
		return takes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Charge> getSpending() {
		if (spending == null) {
			spending = new EObjectContainmentEList<Charge>(Charge.class, this, LongtakePackage.LEDGER__SPENDING);
		}
		return spending;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Take> takesOf(final String shotName) {
		return LedgerOperations.takesOf(this, shotName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Take> takesFor(final String shotName, final String requestHash) {
		return LedgerOperations.takesFor(this, shotName, requestHash);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Take findTake(final String id) {
		return LedgerOperations.findTake(this, id);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Take circledTake(final String shotName) {
		return LedgerOperations.circledTake(this, shotName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void circle(final Take take) {
		LedgerOperations.circle(this, take);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal totalSpending(final String currency) {
		return LedgerOperations.totalSpending(this, currency);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean oneCircledTakePerShot(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return LedgerConstraints.oneCircledTakePerShot(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean takeIdsAreUnique(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return LedgerConstraints.takeIdsAreUnique(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LongtakePackage.LEDGER__TAKES:
				return ((InternalEList<?>)getTakes()).basicRemove(otherEnd, msgs);
			case LongtakePackage.LEDGER__SPENDING:
				return ((InternalEList<?>)getSpending()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongtakePackage.LEDGER__TAKES:
				return getTakes();
			case LongtakePackage.LEDGER__SPENDING:
				return getSpending();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LongtakePackage.LEDGER__TAKES:
				getTakes().clear();
				getTakes().addAll((Collection<? extends Take>)newValue);
				return;
			case LongtakePackage.LEDGER__SPENDING:
				getSpending().clear();
				getSpending().addAll((Collection<? extends Charge>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LongtakePackage.LEDGER__TAKES:
				getTakes().clear();
				return;
			case LongtakePackage.LEDGER__SPENDING:
				getSpending().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LongtakePackage.LEDGER__TAKES:
				return takes != null && !takes.isEmpty();
			case LongtakePackage.LEDGER__SPENDING:
				return spending != null && !spending.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LongtakePackage.LEDGER___TAKES_OF__STRING:
				return takesOf((String)arguments.get(0));
			case LongtakePackage.LEDGER___TAKES_FOR__STRING_STRING:
				return takesFor((String)arguments.get(0), (String)arguments.get(1));
			case LongtakePackage.LEDGER___FIND_TAKE__STRING:
				return findTake((String)arguments.get(0));
			case LongtakePackage.LEDGER___CIRCLED_TAKE__STRING:
				return circledTake((String)arguments.get(0));
			case LongtakePackage.LEDGER___CIRCLE__TAKE:
				circle((Take)arguments.get(0));
				return null;
			case LongtakePackage.LEDGER___TOTAL_SPENDING__STRING:
				return totalSpending((String)arguments.get(0));
			case LongtakePackage.LEDGER___ONE_CIRCLED_TAKE_PER_SHOT__DIAGNOSTICCHAIN_MAP:
				return oneCircledTakePerShot((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case LongtakePackage.LEDGER___TAKE_IDS_ARE_UNIQUE__DIAGNOSTICCHAIN_MAP:
				return takeIdsAreUnique((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

} //LedgerImpl
