package se.larcentra.enrolment.boundary;

import jakarta.ejb.ApplicationException;
import se.larcentra.platform.boundary.NotFoundException;

/** No such enrolment, or not one the caller may see: the two are not told apart. */
@ApplicationException(rollback = true)
public class EnrolmentNotFoundException extends NotFoundException {

    public EnrolmentNotFoundException(Object id) {
        super("enrolment", id);
    }
}
