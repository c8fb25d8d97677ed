/**
 */
package dev.longtake.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named look, prepended to every prompt that uses it.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.longtake.model.LongtakePackage#getStyle()
 * @model
 * @generated
 */
public interface Style extends DescribedElement {
} // Style
