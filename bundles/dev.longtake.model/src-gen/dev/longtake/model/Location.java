/**
 */
package dev.longtake.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Location</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named place.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.longtake.model.LongtakePackage#getLocation()
 * @model
 * @generated
 */
public interface Location extends DescribedElement {
} // Location
