/**
 */
package dev.longtake.model;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Charge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Money paid to a backend.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Charge#getTakeId <em>Take Id</em>}</li>
 *   <li>{@link dev.longtake.model.Charge#getBackend <em>Backend</em>}</li>
 *   <li>{@link dev.longtake.model.Charge#getAmount <em>Amount</em>}</li>
 *   <li>{@link dev.longtake.model.Charge#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.longtake.model.Charge#getChargedAt <em>Charged At</em>}</li>
 *   <li>{@link dev.longtake.model.Charge#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getCharge()
 * @model
 * @generated
 */
public interface Charge extends EObject {
	/**
	 * Returns the value of the '<em><b>Take Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The take paid for; null for charges without a take (previews).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Take Id</em>' attribute.
	 * @see #setTakeId(String)
	 * @see dev.longtake.model.LongtakePackage#getCharge_TakeId()
	 * @model
	 * @generated
	 */
	String getTakeId();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Charge#getTakeId <em>Take Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Take Id</em>' attribute.
	 * @see #getTakeId()
	 * @generated
	 */
	void setTakeId(String value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see #setBackend(String)
	 * @see dev.longtake.model.LongtakePackage#getCharge_Backend()
	 * @model
	 * @generated
	 */
	String getBackend();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Charge#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(String value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see dev.longtake.model.LongtakePackage#getCharge_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Charge#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see dev.longtake.model.LongtakePackage#getCharge_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Charge#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Charged At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Charged At</em>' attribute.
	 * @see #setChargedAt(Date)
	 * @see dev.longtake.model.LongtakePackage#getCharge_ChargedAt()
	 * @model
	 * @generated
	 */
	Date getChargedAt();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Charge#getChargedAt <em>Charged At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Charged At</em>' attribute.
	 * @see #getChargedAt()
	 * @generated
	 */
	void setChargedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see dev.longtake.model.LongtakePackage#getCharge_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Charge#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Charge
