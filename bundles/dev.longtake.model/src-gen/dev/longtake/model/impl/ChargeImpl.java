/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.Charge;
import dev.longtake.model.LongtakePackage;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Charge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.impl.ChargeImpl#getTakeId <em>Take Id</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ChargeImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ChargeImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ChargeImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ChargeImpl#getChargedAt <em>Charged At</em>}</li>
 *   <li>{@link dev.longtake.model.impl.ChargeImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChargeImpl extends EObjectImpl implements Charge {
	/**
	 * The default value of the '{@link #getTakeId() <em>Take Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakeId()
	 * @generated
	 * @ordered
	 */
	protected static final String TAKE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakeId() <em>Take Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakeId()
	 * @generated
	 * @ordered
	 */
	protected String takeId = TAKE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected String backend = BACKEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getChargedAt() <em>Charged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CHARGED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChargedAt() <em>Charged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChargedAt()
	 * @generated
	 * @ordered
	 */
	protected Date chargedAt = CHARGED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChargeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.CHARGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTakeId() {
		return takeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakeId(String newTakeId) {
		String oldTakeId = takeId;
		takeId = newTakeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CHARGE__TAKE_ID, oldTakeId, takeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackend(String newBackend) {
		String oldBackend = backend;
		backend = newBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CHARGE__BACKEND, oldBackend, backend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount) {
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CHARGE__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CHARGE__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getChargedAt() {
		return chargedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChargedAt(Date newChargedAt) {
		Date oldChargedAt = chargedAt;
		chargedAt = newChargedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CHARGE__CHARGED_AT, oldChargedAt, chargedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LongtakePackage.CHARGE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LongtakePackage.CHARGE__TAKE_ID:
				return getTakeId();
			case LongtakePackage.CHARGE__BACKEND:
				return getBackend();
			case LongtakePackage.CHARGE__AMOUNT:
				return getAmount();
			case LongtakePackage.CHARGE__CURRENCY:
				return getCurrency();
			case LongtakePackage.CHARGE__CHARGED_AT:
				return getChargedAt();
			case LongtakePackage.CHARGE__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LongtakePackage.CHARGE__TAKE_ID:
				setTakeId((String)newValue);
				return;
			case LongtakePackage.CHARGE__BACKEND:
				setBackend((String)newValue);
				return;
			case LongtakePackage.CHARGE__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case LongtakePackage.CHARGE__CURRENCY:
				setCurrency((String)newValue);
				return;
			case LongtakePackage.CHARGE__CHARGED_AT:
				setChargedAt((Date)newValue);
				return;
			case LongtakePackage.CHARGE__NOTE:
				setNote((String)newValue);
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
			case LongtakePackage.CHARGE__TAKE_ID:
				setTakeId(TAKE_ID_EDEFAULT);
				return;
			case LongtakePackage.CHARGE__BACKEND:
				setBackend(BACKEND_EDEFAULT);
				return;
			case LongtakePackage.CHARGE__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case LongtakePackage.CHARGE__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case LongtakePackage.CHARGE__CHARGED_AT:
				setChargedAt(CHARGED_AT_EDEFAULT);
				return;
			case LongtakePackage.CHARGE__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case LongtakePackage.CHARGE__TAKE_ID:
				return TAKE_ID_EDEFAULT == null ? takeId != null : !TAKE_ID_EDEFAULT.equals(takeId);
			case LongtakePackage.CHARGE__BACKEND:
				return BACKEND_EDEFAULT == null ? backend != null : !BACKEND_EDEFAULT.equals(backend);
			case LongtakePackage.CHARGE__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case LongtakePackage.CHARGE__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case LongtakePackage.CHARGE__CHARGED_AT:
				return CHARGED_AT_EDEFAULT == null ? chargedAt != null : !CHARGED_AT_EDEFAULT.equals(chargedAt);
			case LongtakePackage.CHARGE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (takeId: ");
		result.append(takeId);
		result.append(", backend: ");
		result.append(backend);
		result.append(", amount: ");
		result.append(amount);
		result.append(", currency: ");
		result.append(currency);
		result.append(", chargedAt: ");
		result.append(chargedAt);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ChargeImpl
